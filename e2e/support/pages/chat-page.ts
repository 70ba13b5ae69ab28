import { type Locator, type Page, expect } from "@playwright/test";

/** The chat view (new chat at `/`, or `/chats/:id`): transcript, composer and model selector. */
export class ChatPage {
  readonly input: Locator;
  readonly sendButton: Locator;
  readonly stopButton: Locator;
  readonly modelSelector: Locator;
  readonly assistantMessages: Locator;
  readonly userMessages: Locator;

  constructor(readonly page: Page) {
    this.input = page.getByTestId("composer-input");
    this.sendButton = page.getByTestId("composer-send");
    this.stopButton = page.getByTestId("composer-stop");
    this.modelSelector = page.getByTestId("model-selector");
    this.assistantMessages = page.locator('[data-testid="message"][data-role="assistant"]');
    this.userMessages = page.locator('[data-testid="message"][data-role="user"]');
  }

  async pickModel(modelId: string): Promise<void> {
    await this.modelSelector.click();
    await this.page.getByTestId("model-search").fill(modelId);
    await this.page.locator(`[data-testid="model-option"][data-model-id="${modelId}"]`).first().click();
    await expect(this.modelSelector).toHaveAttribute("data-model-id", modelId);
  }

  /** Sends a message and waits until its answer is the last one (so `lastAnswer()` is never the previous). */
  async send(text: string): Promise<void> {
    const previous = (await this.assistantMessages.count()) === 0 ? null : await this.lastAnswerId();
    await this.input.fill(text);
    await this.input.press("Enter");
    await expect.poll(() => this.lastAnswerId()).not.toBe(previous);
  }

  private async lastAnswerId(): Promise<string | null> {
    const answer = this.lastAnswer();
    return (await answer.count()) === 0 ? null : answer.getAttribute("data-message-id");
  }

  lastAnswer(): Locator {
    return this.assistantMessages.last();
  }

  /** The answer's rendered text (markdown blocks only, without the footer). */
  async answerText(answer: Locator = this.lastAnswer()): Promise<string> {
    return (await answer.getByTestId("message-content").innerText()).trim();
  }

  async answerWordCount(answer: Locator = this.lastAnswer()): Promise<number> {
    const text = await this.answerText(answer);
    return text === "" ? 0 : text.split(/\s+/).length;
  }
}
