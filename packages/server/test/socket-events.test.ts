import type { RunEventEnvelope, ServerSocketMessage } from "@covalt/contracts";
import { mockDirective } from "@covalt/testing";
import { describe, expect, it } from "vitest";
import WebSocket from "ws";
import { useChatServer, newChat, send } from "./support/chat-fixture.js";
import { testAuthToken } from "./support/running-covalt.js";

const server = useChatServer();

function connect(headers: Record<string, string> = { cookie: `covalt_token=${testAuthToken}` }) {
  const socket = new WebSocket(`${server.covalt.server.url.replace("http", "ws")}/api/events`, { headers });
  const messages: ServerSocketMessage[] = [];
  socket.on("message", (data: Buffer) => messages.push(JSON.parse(data.toString("utf8")) as ServerSocketMessage));
  const opened = new Promise<void>((resolve, reject) => {
    socket.once("open", () => resolve());
    socket.once("unexpected-response", (_request, response) => reject(new Error(`HTTP ${response.statusCode}`)));
    socket.once("error", reject);
  });
  return { socket, messages, opened };
}

const runEnvelopes = (messages: ServerSocketMessage[], runId: string) =>
  messages.flatMap((message) =>
    message.type === "run-event" && message.envelope.runId === runId ? [message.envelope as RunEventEnvelope] : [],
  );

describe("the /api/events socket", () => {
  it("refuses a client without the token or from a foreign origin", async () => {
    await expect(connect({}).opened).rejects.toThrow("HTTP 401");
    await expect(
      connect({ cookie: `covalt_token=${testAuthToken}`, origin: "http://evil.example" }).opened,
    ).rejects.toThrow("HTTP 403");
  });

  it("streams a subscribed run from the given seq, live and to its end, and pushes chat updates", async () => {
    const client = connect();
    await client.opened;
    const chat = await newChat(server.covalt);
    const { runId } = await send(
      server.covalt,
      chat.id,
      server.providerId,
      `stream ${mockDirective({ tokens: 60, rate: 300 })}`,
    );
    client.socket.send(JSON.stringify({ type: "subscribe-run", runId, after: 2 }));
    await expect.poll(() => runEnvelopes(client.messages, runId).at(-1)?.event.type, { timeout: 5000 }).toBe("run-end");
    const seqs = runEnvelopes(client.messages, runId).map((envelope) => envelope.seq);
    expect(seqs[0]).toBe(3);
    expect(seqs).toEqual(seqs.map((_, index) => index + 3));
    const appEvents = client.messages.flatMap((message) =>
      message.type === "app-event" ? [message.envelope.event] : [],
    );
    expect(appEvents).toContainEqual(expect.objectContaining({ chatId: chat.id, change: "run-end" }));

    // After the end, a late subscriber is served the same events from memory or the database.
    client.messages.length = 0;
    client.socket.send(JSON.stringify({ type: "subscribe-run", runId, after: seqs.length }));
    await expect.poll(() => runEnvelopes(client.messages, runId).length).toBe(2);
    client.socket.close();
  });

  it("says when a run does not exist", async () => {
    const client = connect();
    await client.opened;
    client.socket.send(JSON.stringify({ type: "subscribe-run", runId: "run_0000000000nope", after: 0 }));
    await expect.poll(() => client.messages.at(-1)).toMatchObject({ type: "subscription-error", code: "not-found" });
    client.socket.close();
  });
});
