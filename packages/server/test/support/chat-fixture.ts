import type { Chat, Message, ProviderInstance, SendMessageResponse } from "@covalt/contracts";
import type { RunningCovalt } from "./running-covalt.js";

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
