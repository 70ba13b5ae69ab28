import { type Locator, type Page, expect } from "@playwright/test";

/** Tool calls in the transcript: their cards, the approval card and the picker in the composer. */
export class ToolCards {
  constructor(readonly page: Page) {}

  get approval(): Locator {
    return this.page.getByTestId("approval-card");
  }

  calls(answer: Locator): Locator {
    return answer.getByTestId("tool-call-block");
  }

  async enableToolset(toolsetId: string): Promise<void> {
    await this.page.getByTestId("tool-picker").click();
    const toggle = this.page.getByTestId(`tool-picker-toolset-${toolsetId}`);
    // Not `check()`: it reads the state in the same instant as the click, before React has drawn
    // the saved-in-the-background choice (a few milliseconds later).
    await toggle.click();
    await expect(toggle).toBeChecked();
    await this.page.keyboard.press("Escape");
  }

  async answer(decision: "allow-once" | "allow-chat" | "allow-always" | "deny"): Promise<void> {
    await this.approval.getByTestId(`approval-${decision}`).click();
    await expect(this.approval).toHaveCount(0);
  }
}
