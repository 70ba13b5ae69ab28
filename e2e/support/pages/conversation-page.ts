import { type Locator, type Page, expect } from "@playwright/test";

/** The transcript of an open chat as a tree: messages with versions, their actions, the branch map, search. */
export class ConversationPage {
  readonly transcript: Locator;
  readonly messages: Locator;
  readonly branchMap: Locator;
  readonly segments: Locator;
  readonly sidebarSearch: Locator;
  readonly searchHits: Locator;

  constructor(readonly page: Page) {
    this.transcript = page.getByTestId("transcript");
    this.messages = page.getByTestId("message");
    this.branchMap = page.getByTestId("branch-map");
    this.segments = page.getByTestId("branch-segment");
    this.sidebarSearch = page.getByTestId("sidebar-search");
    this.searchHits = page.getByTestId("search-hit");
  }

  async open(chatId: string): Promise<void> {
    await this.page.goto(`/chats/${chatId}`);
    await expect(this.transcript).toBeVisible();
  }

  message(id: string): Locator {
    return this.page.locator(`[data-testid="message"][data-message-id="${id}"]`);
  }

  question(text: string | RegExp): Locator {
    return this.page.locator('[data-testid="message"][data-role="user"]').filter({ hasText: text });
  }

  answers(): Locator {
    return this.page.locator('[data-testid="message"][data-role="assistant"]');
  }

  versions(message: Locator): Locator {
    return message.getByTestId("sibling-position");
  }

  async loadedCount(): Promise<number> {
    return Number(await this.transcript.getAttribute("data-message-count"));
  }

  async edit(question: Locator, text: string): Promise<void> {
    await question.hover();
    await question.getByTestId("edit-message").click();
    const input = this.page.getByTestId("message-editor-input");
    await input.fill(text);
    await input.press("Enter");
  }

  async retryWithModel(answer: Locator, modelId: string): Promise<void> {
    await answer.getByTestId("retry-menu").click();
    await this.page.getByTestId("retry-other-model").click();
    await this.page.getByTestId("model-search").fill(modelId);
    await this.page.locator(`[data-testid="model-option"][data-model-id="${modelId}"]`).first().click();
  }

  async moreAction(message: Locator, action: "fork-chat" | "delete-message"): Promise<void> {
    await message.hover();
    await message.getByTestId("message-more").click();
    await this.page.getByTestId(action).click();
  }

  async openBranchMap(): Promise<void> {
    await this.page.getByTestId("toggle-branch-map").click();
    await expect(this.segments.first()).toBeVisible();
  }

  segment(id: string): Locator {
    return this.page.locator(`[data-testid="branch-segment"][data-segment-id="${id}"]`);
  }

  /** The answer's rendered text (markdown blocks only, without the footer). */
  async text(message: Locator): Promise<string> {
    return (await message.getByTestId("message-content").innerText()).trim();
  }
}
