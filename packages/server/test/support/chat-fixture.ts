import type { Chat, Message, ProviderInstance, SendMessageResponse } from "@covalt/contracts";
import { createMockLlmServer, type MockLlmServer, type MockLlmServerOptions } from "@covalt/testing";
import { afterAll, beforeAll } from "vitest";
import { type RunningCovalt, startCovalt } from "./running-covalt.js";

export const mockApiKey = "sk-mock-key-do-not-leak-4242";

export async function addMockProvider(covalt: RunningCovalt, mockUrl: string, catalogId = "openai-compatible") {
  const created = await covalt.api<ProviderInstance>("POST", "/api/providers", {
    catalogId,
    name: "Mock",
    baseUrl: `${mockUrl}/v1`,
    apiKey: mockApiKey,
  });
  if (created.status !== 200) throw new Error(`could not add provider: ${JSON.stringify(created.body)}`);
  return created.body;
}

export async function newChat(covalt: RunningCovalt): Promise<Chat> {
  return (await covalt.api<Chat>("POST", "/api/chats", {})).body;
}

export async function send(
  covalt: RunningCovalt,
  chatId: string,
  providerId: string,
  content: string,
  modelId = "gpt-test",
): Promise<SendMessageResponse> {
  const response = await covalt.api<SendMessageResponse>("POST", `/api/chats/${chatId}/messages`, {
    content,
    model: { providerId, modelId },
  });
  if (response.status !== 200) throw new Error(`send failed: ${JSON.stringify(response.body)}`);
  return response.body;
}

export async function transcript(covalt: RunningCovalt, chatId: string): Promise<Message[]> {
  return (await covalt.api<{ messages: Message[] }>("GET", `/api/chats/${chatId}`)).body.messages;
}

export function textOf(message: Message | undefined): string {
  return (message?.content.blocks ?? []).map((block) => (block.type === "text" ? block.text : "")).join("");
}

export interface ChatServer {
  mock: MockLlmServer;
  covalt: RunningCovalt;
  providerId: string;
  /** Sends a message (below `parentId` when given) and waits for the answer to finish. */
  say(chatId: string, content: string, parentId?: string | null): Promise<SendMessageResponse>;
}

/**
 * For a test file: a mock provider and a real Covalt server wired to it, started before the
 * file's tests and stopped after. The returned object is filled in once `beforeAll` has run.
 */
export function useChatServer(options: { mock?: MockLlmServerOptions; env?: Record<string, string> } = {}): ChatServer {
  const server = {} as ChatServer;
  beforeAll(async () => {
    server.mock = await createMockLlmServer(options.mock);
    server.covalt = await startCovalt(options.env);
    server.providerId = (await addMockProvider(server.covalt, server.mock.url)).id;
    server.say = async (chatId, content, parentId) => {
      const { body } = await server.covalt.api<SendMessageResponse>("POST", `/api/chats/${chatId}/messages`, {
        content,
        model: { providerId: server.providerId, modelId: "gpt-test" },
        ...(parentId === undefined ? {} : { parentId }),
      });
      await server.covalt.events(body.runId);
      return body;
    };
  });
  afterAll(async () => {
    await server.covalt.close();
    await server.mock.close();
  });
  return server;
}
