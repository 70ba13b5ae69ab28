import type { BranchMap, Chat, MessagePage, RunStarted } from "@covalt/contracts";
import { describe, expect, it } from "vitest";
import { useChatServer, newChat, textOf } from "./support/chat-fixture.js";

const server = useChatServer();

const model = (modelId = "gpt-test") => ({ providerId: server.providerId, modelId });

const page = async (chatId: string, query = "") =>
  (await server.covalt.api<MessagePage>("GET", `/api/chats/${chatId}/messages${query}`)).body;
const chatOf = async (chatId: string) =>
  (await server.covalt.api<{ chat: Chat }>("GET", `/api/chats/${chatId}`)).body.chat;

describe("the conversation tree", () => {
  it("editing a question makes a sibling branch and keeps the old one", async () => {
    const chat = await newChat(server.covalt);
    const first = await server.say(chat.id, "original question");
    const edited = await server.say(chat.id, "edited question", null);
    const { messages } = await page(chat.id);
    expect(messages.map((message) => textOf(message))).toEqual(["edited question", "edited question"]);
    expect(messages[0]?.siblings).toEqual({ ids: [first.userMessageId, edited.userMessageId], index: 1 });

    // Switching back lands on the newest leaf below the chosen sibling.
    const switched = await server.covalt.api<Chat>("POST", `/api/chats/${chat.id}/branch`, {
      messageId: first.userMessageId,
    });
    expect(switched.body.activeLeafId).toBe(first.assistantMessageId);
    const back = await page(chat.id);
    expect(back.messages.map((message) => textOf(message))).toEqual(["original question", "original question"]);
    expect(back.messages[0]?.siblings.index).toBe(0);
  });

  it("retrying an answer with another model adds a sibling answer from that model", async () => {
    const chat = await newChat(server.covalt);
    const turn = await server.say(chat.id, "tell me something");
    const retried = await server.covalt.api<RunStarted>("POST", `/api/messages/${turn.assistantMessageId}/retry`, {
      model: model("org/model"),
    });
    expect(retried.status).toBe(200);
    await server.covalt.events(retried.body.runId);
    expect((server.mock.requests.at(-1)?.body as { model: string }).model).toBe("org/model");
    const { messages } = await page(chat.id);
    const answer = messages.at(-1);
    expect(answer?.id).toBe(retried.body.assistantMessageId);
    expect(answer?.model).toEqual(model("org/model"));
    expect(answer?.siblings).toEqual({ ids: [turn.assistantMessageId, retried.body.assistantMessageId], index: 1 });
    expect((await chatOf(chat.id)).activeLeafId).toBe(retried.body.assistantMessageId);
  });

  it("continuing an answer extends the same message, with the partial answer sent last", async () => {
    // Titled, so no title request races the continuation to the mock.
    const chat = (await server.covalt.api<Chat>("POST", "/api/chats", { title: "Continued" })).body;
    const turn = await server.say(chat.id, "start here");
    server.mock.clearRequests();
    const continued = await server.covalt.api<RunStarted>(
      "POST",
      `/api/messages/${turn.assistantMessageId}/continue`,
      {},
    );
    expect(continued.body.assistantMessageId).toBe(turn.assistantMessageId);
    await server.covalt.events(continued.body.runId);
    const sent = (server.mock.requests[0]?.body as { messages: { role: string; content: string }[] }).messages;
    expect(sent.at(-1)).toEqual({ role: "assistant", content: "start here" });
    const { messages } = await page(chat.id);
    expect(messages).toHaveLength(2);
    expect(textOf(messages[1]).length).toBeGreaterThan("start here".length);
    expect(messages[1]?.status).toBe("complete");
  });

  it("refuses to continue an answer that already has replies", async () => {
    const chat = await newChat(server.covalt);
    const first = await server.say(chat.id, "one");
    await server.say(chat.id, "two");
    const response = await server.covalt.api<{ error: { code: string } }>(
      "POST",
      `/api/messages/${first.assistantMessageId}/continue`,
      {},
    );
    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe("conflict");
  });

  it("pages the active branch newest first by keyset, with a cursor until the root", async () => {
    const chat = await newChat(server.covalt);
    for (let index = 0; index < 6; index += 1) await server.say(chat.id, `turn ${index}`);
    const newest = await page(chat.id, "?limit=5");
    expect(newest.messages.map((message) => textOf(message))).toEqual([
      "turn 3",
      "turn 4",
      "turn 4",
      "turn 5",
      "turn 5",
    ]);
    expect(newest.olderCursor).toBe(newest.messages[0]?.id);
    const older = await page(chat.id, `?limit=5&before=${newest.olderCursor ?? ""}`);
    expect(older.messages.map((message) => textOf(message))).toEqual([
      "turn 1",
      "turn 1",
      "turn 2",
      "turn 2",
      "turn 3",
    ]);
    const oldest = await page(chat.id, `?limit=5&before=${older.olderCursor ?? ""}`);
    expect(oldest.messages.map((message) => textOf(message))).toEqual(["turn 0", "turn 0"]);
    expect(oldest.olderCursor).toBeNull();
    expect((await server.covalt.api("GET", `/api/chats/${chat.id}/messages?limit=0`)).status).toBe(400);
  });

  it("forks the path up to a message into a new chat, leaving the original untouched", async () => {
    const chat = await newChat(server.covalt);
    const first = await server.say(chat.id, "keep me");
    await server.say(chat.id, "not in the fork");
    const fork = await server.covalt.api<Chat>("POST", `/api/chats/${chat.id}/fork`, {
      messageId: first.assistantMessageId,
    });
    expect(fork.body.id).not.toBe(chat.id);
    const forked = await page(fork.body.id);
    expect(forked.messages.map((message) => textOf(message))).toEqual(["keep me", "keep me"]);
    expect(forked.messages.every((message) => message.chatId === fork.body.id)).toBe(true);
    expect((await page(chat.id)).messages).toHaveLength(4);
  });

  it("deleting a subtree removes it and moves the chat to the newest remaining branch", async () => {
    const chat = await newChat(server.covalt);
    const first = await server.say(chat.id, "root question");
    const retried = await server.covalt.api<RunStarted>("POST", `/api/messages/${first.assistantMessageId}/retry`, {});
    await server.covalt.events(retried.body.runId);
    await server.say(chat.id, "below the retry");
    const after = await server.covalt.api<Chat>("DELETE", `/api/messages/${retried.body.assistantMessageId}`);
    expect(after.body.activeLeafId).toBe(first.assistantMessageId);
    const { messages } = await page(chat.id);
    expect(messages.map((message) => message.id)).toEqual([first.userMessageId, first.assistantMessageId]);
    expect(messages[1]?.siblings.ids).toEqual([first.assistantMessageId]);
    expect((await server.covalt.api("DELETE", `/api/messages/${retried.body.assistantMessageId}`)).status).toBe(404);
  });

  it("previews a branch that starts with a retried answer by the answer's text", async () => {
    const chat = await newChat(server.covalt);
    const first = await server.say(chat.id, "question to retry");
    const retried = await server.covalt.api<RunStarted>("POST", `/api/messages/${first.assistantMessageId}/retry`, {});
    await server.covalt.events(retried.body.runId);
    const { body } = await server.covalt.api<BranchMap>("GET", `/api/chats/${chat.id}/tree`);
    expect(body.segments.map((segment) => segment.preview)).toEqual([
      "question to retry",
      "question to retry",
      "question to retry",
    ]);
  });

  it("draws the tree as segments with the active path marked", async () => {
    const chat = await newChat(server.covalt);
    const first = await server.say(chat.id, "trunk");
    await server.say(chat.id, "branch A");
    await server.say(chat.id, "branch B", first.assistantMessageId);
    const { body } = await server.covalt.api<BranchMap>("GET", `/api/chats/${chat.id}/tree`);
    expect(body.segments.map((segment) => [segment.preview, segment.length, segment.onActivePath])).toEqual([
      ["trunk", 2, true],
      ["branch A", 2, false],
      ["branch B", 2, true],
    ]);
    expect(body.segments[1]?.parentSegmentId).toBe(body.segments[0]?.id);
  });
});
