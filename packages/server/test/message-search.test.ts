import type { MessagePage, RunStarted, SearchHit, SendMessageResponse } from "@covalt/contracts";
import { createMockLlmServer, type MockLlmServer, mockDirective } from "@covalt/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toFtsQuery } from "../src/search/message-search.js";
import { addMockProvider, newChat } from "./support/chat-fixture.js";
import { type RunningCovalt, startCovalt } from "./support/running-covalt.js";

let mock: MockLlmServer;
let covalt: RunningCovalt;
let providerId: string;

beforeAll(async () => {
  mock = await createMockLlmServer();
  covalt = await startCovalt();
  providerId = (await addMockProvider(covalt, mock.url)).id;
});
afterAll(async () => {
  await covalt.close();
  await mock.close();
});

async function say(chatId: string, content: string, parentId?: string | null) {
  const { body } = await covalt.api<SendMessageResponse>("POST", `/api/chats/${chatId}/messages`, {
    content,
    model: { providerId, modelId: "gpt-test" },
    ...(parentId === undefined ? {} : { parentId }),
  });
  await covalt.events(body.runId);
  return body;
}

const search = async (q: string) =>
  (await covalt.api<{ hits: SearchHit[] }>("GET", `/api/search?q=${encodeURIComponent(q)}`)).body.hits;

describe("message search", () => {
  it("finds messages on every branch of every chat, with the match marked in a plain-text snippet", async () => {
    const chat = await newChat(covalt);
    const first = await say(chat.id, "How do zebras sleep at night?");
    await say(chat.id, "How do giraffes sleep standing?", null); // an edit: a second branch
    const other = await newChat(covalt);
    await say(other.id, "Zebras have stripes <b>for</b> a reason");

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
    const chat = await newChat(covalt);
    const { body } = await covalt.api<SendMessageResponse>("POST", `/api/chats/${chat.id}/messages`, {
      // Generated lorem words appear only in the answer, never in the question.
      content: `platypus ${mockDirective({ tokens: 40, rate: 40 })}`,
      model: { providerId, modelId: "gpt-test" },
    });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect((await search("consectetur")).length).toBe(0);
    await covalt.events(body.runId);
    expect((await search("consectetur")).map((hit) => hit.messageId)).toEqual([body.assistantMessageId]);
  });

  it("forgets deleted messages and keeps a continued answer's new text findable", async () => {
    const chat = await newChat(covalt);
    const turn = await say(chat.id, "armadillo facts");
    const continued = await covalt.api<RunStarted>("POST", `/api/messages/${turn.assistantMessageId}/continue`, {});
    await covalt.events(continued.body.runId);
    expect((await search("armadillo")).length).toBe(2);
    await covalt.api("DELETE", `/api/messages/${turn.userMessageId}`);
    expect(await search("armadillo")).toEqual([]);
    expect((await covalt.api<MessagePage>("GET", `/api/chats/${chat.id}/messages`)).body.messages).toEqual([]);
  });

  it.each(['"', "zebra)", "NEAR(a b)", "a OR", "*", "-x", "col:zebra", "'; drop table messages; --"])(
    "treats %j as plain words, never as query syntax",
    async (query) => {
      const response = await covalt.api("GET", `/api/search?q=${encodeURIComponent(query)}`);
      expect(response.status).toBe(200);
    },
  );

  it("quotes every word and lets only the last one match as a prefix", () => {
    expect(toFtsQuery('  say "hi"  there ')).toBe('"say" """hi""" "there"*');
    expect(toFtsQuery("   ")).toBeUndefined();
  });

  it("asks for something to search for", async () => {
    const response = await covalt.api<{ error: { message: string } }>("GET", "/api/search?q=%20");
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain("Type something to search for");
  });
});
