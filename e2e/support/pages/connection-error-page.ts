import type { Locator, Page } from "@playwright/test";

export type ConnectionProblem = "unreachable" | "unauthorized" | "error";

/** What the app shows instead of the frame when it cannot talk to the server. */
export class ConnectionErrorPage {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId("connection-error");
  }

  withReason(reason: ConnectionProblem): Locator {
    return this.page.locator(`[data-testid="connection-error"][data-reason="${reason}"]`);
  }
}
