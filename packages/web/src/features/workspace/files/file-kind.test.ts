import { describe, expect, it } from "vitest";
import { fileKindOf, imageDataUrl, imageTypeOf } from "./file-kind.js";

describe("fileKindOf", () => {
  it("shows UTF-8 files by extension", () => {
    expect(fileKindOf({ path: "README.md", mimeType: "text/plain", encoding: "utf8" })).toBe("markdown");
    expect(fileKindOf({ path: "site/index.html", mimeType: "text/html", encoding: "utf8" })).toBe("html");
    expect(fileKindOf({ path: "logo.svg", mimeType: "image/svg+xml", encoding: "utf8" })).toBe("svg");
    expect(fileKindOf({ path: "main.py", mimeType: "text/x-python", encoding: "utf8" })).toBe("text");
  });

  it("never treats base64 content as text", () => {
    expect(fileKindOf({ path: "notes.txt", mimeType: "text/plain", encoding: "base64" })).toBe("binary");
    expect(fileKindOf({ path: "photo.JPG", mimeType: "application/octet-stream", encoding: "base64" })).toBe("image");
    expect(fileKindOf({ path: "image.bmp", mimeType: "image/bmp", encoding: "base64" })).toBe("binary");
  });
});

describe("image data URLs", () => {
  it("allows only raster types and SVG", () => {
    expect(imageTypeOf("a.png", "image/png")).toBe("image/png");
    expect(imageTypeOf("a.tiff", "image/tiff")).toBeNull();
    expect(imageDataUrl({ path: "a.gif", mimeType: "image/gif", encoding: "base64" }, "R0lG")).toBe(
      "data:image/gif;base64,R0lG",
    );
    expect(imageDataUrl({ path: "a.svg", mimeType: "image/svg+xml", encoding: "utf8" }, "<svg/>")).toBe(
      "data:image/svg+xml;charset=utf-8,%3Csvg%2F%3E",
    );
  });
});
