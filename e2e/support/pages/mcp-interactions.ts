import type { Locator, Page } from "@playwright/test";

/**
 * Requests an MCP server makes of the user: inline in the card of the tool call they came from,
 * or as the app-wide dialog when no card in view shows them.
 */
export class McpInteractions {
  readonly elicitationDialog: Locator;
  readonly samplingDialog: Locator;

  constructor(readonly page: Page) {
    this.elicitationDialog = page.getByTestId("mcp-elicitation-dialog");
    this.samplingDialog = page.getByTestId("mcp-sampling-dialog");
  }

  /** The elicitation form inside a tool-call card. */
  inlineElicitation(card: Locator): Locator {
    return card.getByTestId("mcp-elicitation-inline");
  }

  /** The sampling preview inside a tool-call card. */
  inlineSampling(card: Locator): Locator {
    return card.getByTestId("mcp-sampling-inline");
  }

  /** One field of an elicitation form, by its schema property name. */
  field(form: Locator, name: string): Locator {
    return form.getByTestId(`mcp-elicitation-field-${name}`);
  }
}
