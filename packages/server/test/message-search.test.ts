import type { MessagePage, RunStarted, SearchHit, SendMessageResponse } from "@covalt/contracts";
import { mockDirective } from "@covalt/testing";
import { describe, expect, it } from "vitest";
import { toFtsQuery } from "../src/search/message-search.js";
import { useChatServer, newChat } from "./support/chat-fixture.js";

const server = useChatServer();

const search = async (q: string) =>
  (await server.covalt.api<{ hits: SearchHit[] }>("GET", `/api/search?q=${encodeURIComponent(q)}`)).body.hits;

describe("message search", () => {
  it("finds messages on every branch of every chat, with the match marked in a plain-text snippet", async () => {
    const chat = await newChat(server.covalt);
    const first = await server.say(chat.id, "How do zebras sleep at night?");
    await server.say(chat.id, "How do giraffes sleep standing?", null); // an edit: a second branch
    const other = await newChat(server.covalt);
    await server.say(other.id, "Zebras have stripes <b>for</b> a reason");

    const hits = await search("zebras");
    expect(
      hits
        .filter((hit) => hit.role === "user")
        .map((hit) => hit.chatId)
        .sort(),
    ).toEqual([chat.id, other.id].sort());
    expect(hits.map((hit) => hit.messageId)).toContain(first.userMessageId);
    const snippet = hits.find((hit) => hit.messageId === first.userMessageId)?.snippet ?? "";
    expect(snippet).toContain("\u0001zebras\u0002");
    expect(hits.some((hit) => hit.snippet.includes("<b>for</b>"))).toBe(true); // text, never interpreted

    expect((await search("giraffes")).length).toBeGreaterThan(0); // the branch not shown is searchable too
    expect((await search("zebr")).length).toBe(hits.length); // the last word matches as a prefix
  });

  it("indexes an answer once it is finished, not while it streams", async () => {
    const chat = await newChat(server.covalt);
    const { body } = await server.covalt.api<SendMessageResponse>("POST", `/api/chats/${chat.id}/messages`, {
      // Generated lorem words appear only in the answer, never in the question.
      content: `platypus ${mockDirective({ tokens: 40, rate: 40 })}`,
      model: { providerId: server.providerId, modelId: "gpt-test" },
    });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect((await search("consectetur")).length).toBe(0);
    await server.covalt.events(body.runId);
    expect((await search("consectetur")).map((hit) => hit.messageId)).toEqual([body.assistantMessageId]);
  });

  it("forgets deleted messages and keeps a continued answer's new text findable", async () => {
    const chat = await newChat(server.covalt);
    const turn = await server.say(chat.id, "armadillo facts");
    const continued = await server.covalt.api<RunStarted>(
      "POST",
      `/api/messages/${turn.assistantMessageId}/continue`,
      {},
    );
    await server.covalt.events(continued.body.runId);
    expect((await search("armadillo")).length).toBe(2);
    await server.covalt.api("DELETE", `/api/messages/${turn.userMessageId}`);
    expect(await search("armadillo")).toEqual([]);
    expect((await server.covalt.api<MessagePage>("GET", `/api/chats/${chat.id}/messages`)).body.messages).toEqual([]);
  });

  it.each(['"', "zebra)", "NEAR(a b)", "a OR", "*", "-x", "col:zebra", "'; drop table messages; --"])(
    "treats %j as plain words, never as query syntax",
    async (query) => {
      const response = await server.covalt.api("GET", `/api/search?q=${encodeURIComponent(query)}`);
      expect(response.status).toBe(200);
    },
  );

  it("quotes every word and lets only the last one match as a prefix", () => {
    expect(toFtsQuery('  say "hi"  there ')).toBe('"say" """hi""" "there"*');
    expect(toFtsQuery("   ")).toBeUndefined();
  });

  it("asks for something to search for", async () => {
    const response = await server.covalt.api<{ error: { message: string } }>("GET", "/api/search?q=%20");
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain("Type something to search for");
  });
});
