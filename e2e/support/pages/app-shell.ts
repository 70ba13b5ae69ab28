import { type Locator, type Page, expect } from "@playwright/test";

/** The signed-in frame every route renders inside: sidebar plus main view. */
export class AppShell {
  readonly frame: Locator;
  readonly sidebar: Locator;
  readonly chatView: Locator;
  readonly settingsLink: Locator;
  readonly themeToggle: Locator;
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.frame = page.getByTestId("app-frame");
    this.sidebar = page.getByTestId("sidebar");
    this.chatView = page.getByTestId("chat-view");
    this.settingsLink = page.getByTestId("settings-link");
    this.themeToggle = page.getByTestId("theme-toggle");
    this.root = page.locator("html");
  }

  /** Opens the printed launch URL, which sets the token cookie and redirects to `/`. */
  async signIn(launchUrl: string): Promise<void> {
    await this.page.goto(launchUrl);
  }

  /** One click on the toggle, waiting until the app has taken the new preference. */
  async cycleTheme(): Promise<void> {
    const before = await this.themeToggle.getAttribute("data-theme-preference");
    await this.themeToggle.click();
    await expect(this.themeToggle).not.toHaveAttribute("data-theme-preference", before ?? "");
  }

  async isDark(): Promise<boolean> {
    const classes = (await this.root.getAttribute("class")) ?? "";
    return classes.split(/\s+/).includes("dark");
  }
}
