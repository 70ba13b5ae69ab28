/** The only schemes a link in model or tool output may open. */
const openableProtocols = new Set(["http:", "https:", "mailto:"]);

/**
 * The address a link in untrusted markdown may point at, or null when it must not be clickable.
 *
 * Only absolute `http`, `https` and `mailto` URLs pass. The WHATWG URL parser does the
 * normalisation a browser would do before following the link (it drops leading control
 * characters and spaces, strips tabs and newlines anywhere, lowercases the scheme), so
 * `JaVaScRiPt:`, `java\tscript:` or ` \x01javascript:` are judged by the scheme the browser would
 * really use. Relative and protocol-relative addresses are refused too: they would resolve
 * against the app's own origin, and model output has no business linking into the app.
 */
export function safeLinkHref(href: unknown): string | null {
  if (typeof href !== "string" || href === "") return null;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  return openableProtocols.has(url.protocol) ? url.href : null;
}

/** What every link the app opens out of model output carries: a new tab, no opener, no referrer. */
export const externalLinkAttributes = { target: "_blank", rel: "noopener noreferrer nofollow" } as const;
