import { describe, expect, it } from "vitest";
import { externalLinkAttributes, safeLinkHref } from "./link-policy.js";

describe("safeLinkHref", () => {
  it("keeps absolute http, https and mailto addresses, normalised", () => {
    expect(safeLinkHref("https://example.com/a?b=1#c")).toBe("https://example.com/a?b=1#c");
    expect(safeLinkHref("HTTP://Example.COM")).toBe("http://example.com/");
    expect(safeLinkHref("mailto:someone@example.com")).toBe("mailto:someone@example.com");
    expect(safeLinkHref("  https://example.com/  ")).toBe("https://example.com/");
  });

  it("refuses script-running and local schemes in any spelling", () => {
    for (const href of [
      "javascript:alert(1)",
      "JaVaScRiPt:alert(1)",
      "java\tscript:alert(1)",
      "java\nscript:alert(1)",
      "\u0001javascript:alert(1)",
      " \u0000 javascript:alert(1)",
      "vbscript:msgbox(1)",
      "data:text/html,<script>alert(1)</script>",
      "DATA:image/svg+xml;base64,PHN2Zz4=",
      "file:///etc/passwd",
      "blob:https://example.com/1234",
      "about:blank",
      "chrome://settings",
      "ftp://example.com/",
      "ws://example.com/",
      "tel:+1555",
      "intent://scan#Intent;end",
    ]) {
      expect(safeLinkHref(href), href).toBeNull();
    }
  });

  it("refuses relative, protocol-relative and unparsable addresses", () => {
    for (const href of [
      "/api/chats",
      "chats/1",
      "#top",
      "?q=1",
      "//evil.example/",
      "",
      "http://",
      "javascript&#58;x",
    ]) {
      expect(safeLinkHref(href), href).toBeNull();
    }
  });

  it("refuses values that are not strings", () => {
    expect(safeLinkHref(undefined)).toBeNull();
    expect(safeLinkHref(null)).toBeNull();
    expect(safeLinkHref({ toString: () => "https://example.com" })).toBeNull();
  });

  it("opens links in a new tab without opener or referrer", () => {
    expect(externalLinkAttributes.target).toBe("_blank");
    expect(externalLinkAttributes.rel.split(" ")).toEqual(expect.arrayContaining(["noopener", "noreferrer"]));
  });
});
