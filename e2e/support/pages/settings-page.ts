import type { Locator, Page } from "@playwright/test";

export class SettingsPage {
  readonly root: Locator;
  readonly aboutVersion: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId("settings-page");
    this.aboutVersion = page.getByTestId("about-version");
  }
}
