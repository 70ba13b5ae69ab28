import type { ModelRef } from "@covalt/contracts";
import { generateText } from "ai";
import type { AppEventBus } from "../events/app-event-bus.js";
import type { Logger } from "../logging/logger.js";
import type { LanguageModelHost } from "../providers/language-model-host.js";
import type { ChatStore } from "./chat-store.js";

const titleTimeoutMs = 15_000;
const maxTitleLength = 80;

/**
 * Names a chat after its first exchange, off the critical path. Uses the model set for titles (a
 * small, cheap one) or the chat's own; whatever fails, the chat is named after its first words.
 */
export class ChatTitler {
  constructor(
    private readonly chats: ChatStore,
    private readonly models: LanguageModelHost,
    private readonly events: AppEventBus,
    private readonly logger: Logger,
    private readonly titleModel: () => ModelRef | undefined,
  ) {}

  async titleIfUntitled(chatId: string, firstUserText: string, chatModel: ModelRef): Promise<void> {
    const chat = this.chats.get(chatId);
    if (chat === undefined || chat.title !== "") return;
    const title = (await this.generate(firstUserText, this.titleModel() ?? chatModel)) ?? fallbackTitle(firstUserText);
    if (this.chats.get(chatId)?.title !== "") return; // renamed meanwhile: the user's name wins
    this.chats.update(chatId, { title });
    this.events.publish({ type: "chat-update", chatId, change: "title", title });
  }

  private async generate(text: string, model: ModelRef): Promise<string | undefined> {
    try {
      const { model: languageModel } = this.models.languageModel(model.providerId, model.modelId);
      const result = await generateText({
        model: languageModel,
        system:
          "You name conversations. Reply with a title of at most six words for the conversation that starts with the user's message. No quotes, no trailing punctuation.",
        prompt: text.slice(0, 2000),
        maxRetries: 0,
        abortSignal: AbortSignal.timeout(titleTimeoutMs),
      });
      const title = cleanTitle(result.text);
      return title === "" ? undefined : title;
    } catch (error) {
      this.logger.info({ err: error }, "title generation failed; using the first words instead");
      return undefined;
    }
  }
}

/** One plain line: models like to wrap titles in quotes, headings and emphasis. */
export function cleanTitle(text: string): string {
  const firstLine = text.trim().split("\n")[0] ?? "";
  const plain = firstLine.replace(/[*_`]+/g, "").replace(/^(title:\s*)/i, "");
  const clean = plain
    .replace(/^["'“”#\s]+|["'“”.\s]+$/g, "")
    .replace(/\s+/g, " ")
    .trim();
  return clean.length > maxTitleLength ? `${clean.slice(0, maxTitleLength - 1).trimEnd()}…` : clean;
}

export function fallbackTitle(text: string): string {
  const words = text.trim().split(/\s+/).slice(0, 8).join(" ");
  return cleanTitle(words) || "New chat";
}
