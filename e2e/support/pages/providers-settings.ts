import { type Locator, type Page, expect } from "@playwright/test";

/** Settings → Providers: the instance list and the add / edit dialogs. */
export class ProvidersSettings {
  readonly section: Locator;
  readonly rows: Locator;
  readonly addDialog: Locator;

  constructor(readonly page: Page) {
    this.section = page.getByTestId("settings-section-providers");
    this.rows = page.getByTestId("provider-row");
    this.addDialog = page.getByTestId("add-provider-dialog");
  }

  async open(): Promise<void> {
    await this.page.goto("/settings#providers");
    await expect(this.section).toBeVisible();
  }

  /** Picks `catalogId` in the add dialog (found by searching for `search`) and fills the form it renders. */
  async add(options: { search: string; catalogId: string; baseUrl?: string; apiKey?: string }): Promise<void> {
    await this.section.getByTestId("add-provider").click();
    await this.addDialog.getByTestId("catalog-search").fill(options.search);
    await this.addDialog.locator(`[data-testid="catalog-entry"][data-catalog-id="${options.catalogId}"]`).click();
    if (options.baseUrl !== undefined) await this.field("baseUrl").fill(options.baseUrl);
    if (options.apiKey !== undefined) await this.field("apiKey").fill(options.apiKey);
    await this.addDialog.getByTestId("provider-submit").click();
    await expect(this.addDialog).toBeHidden();
  }

  field(key: string): Locator {
    return this.page.getByTestId(`provider-field-${key}`);
  }

  row(name: string): Locator {
    return this.rows.filter({ has: this.page.getByTestId("provider-name").getByText(name, { exact: true }) });
  }
}
