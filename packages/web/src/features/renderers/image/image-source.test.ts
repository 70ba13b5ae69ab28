import { describe, expect, it } from "vitest";
import { checkImageSource } from "./image-source.js";

describe("checkImageSource", () => {
  it("allows raster data URLs and http(s) URLs", () => {
    expect(checkImageSource("data:image/png;base64,iVBORw0KGgo=").allowed).toBe(true);
    expect(checkImageSource("DATA:image/JPEG;base64,/9j/").allowed).toBe(true);
    expect(checkImageSource("data:image/webp,abc").allowed).toBe(true);
    expect(checkImageSource("https://example.com/a.png")).toEqual({ allowed: true, src: "https://example.com/a.png" });
    expect(checkImageSource("http://localhost:8080/x.gif").allowed).toBe(true);
  });

  it("refuses scripts, documents and SVG", () => {
    for (const src of [
      "javascript:alert(1)",
      " JaVaScRiPt:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "data:image/svg+xml;base64,PHN2Zz4=",
      "data:image/png<script>,x",
      "file:///etc/passwd",
      "blob:https://example.com/1",
      "/relative.png",
      "",
    ]) {
      expect(checkImageSource(src).allowed, src).toBe(false);
    }
  });
});
