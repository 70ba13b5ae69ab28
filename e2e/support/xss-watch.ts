import type { Page } from "@playwright/test";

export interface CspViolation {
  directive: string;
  blocked: string;
  /** The script (or document) that caused it, so a failure says where to look. */
  source: string;
  sample: string;
}

interface WatchedWindow {
  __xss?: unknown;
  __cspViolations?: CspViolation[];
}

/**
 * Watches a page for signs that hostile content ran in the app's origin: dialogs (payloads call
 * `alert`), popups, the `window.__xss` global payloads set, and the app CSP's violation reports.
 * Attach it before the first navigation, so the listeners are in place when the app loads.
 */
export class XssWatch {
  readonly dialogs: string[] = [];
  readonly popups: string[] = [];

  private constructor(readonly page: Page) {}

  static async attach(page: Page): Promise<XssWatch> {
    const watch = new XssWatch(page);
    await page.addInitScript(() => {
      const target = window as WatchedWindow;
      target.__cspViolations = [];
      document.addEventListener(
        "securitypolicyviolation",
        (event) => {
          target.__cspViolations?.push({
            directive: event.effectiveDirective,
            blocked: event.blockedURI,
            source: `${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
            sample: event.sample,
          });
        },
        true,
      );
    });
    page.on("dialog", (dialog) => {
      watch.dialogs.push(dialog.message());
      void dialog.dismiss().catch(() => undefined);
    });
    page.context().on("page", (opened) => {
      watch.popups.push(opened.url());
    });
    return watch;
  }

  /** `window.__xss` of the app's own window: set only if a payload ran in the app's origin. */
  async appGlobal(): Promise<unknown> {
    return this.page.evaluate(() => (window as WatchedWindow).__xss);
  }

  /** What the app's CSP refused in the main frame. */
  async violations(): Promise<CspViolation[]> {
    return this.page.evaluate(() => (window as WatchedWindow).__cspViolations ?? []);
  }
}
