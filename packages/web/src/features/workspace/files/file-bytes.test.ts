import { describe, expect, it } from "vitest";
import { base64ToBytes, bytesAsText, contentBytes, encodeBytes, lineSeparatorFor } from "./file-bytes.js";

const bytes = (...values: number[]) => new Uint8Array(values);

describe("file bytes", () => {
  it("round-trips every byte value through base64", () => {
    const all = new Uint8Array(256).map((_, index) => index);
    const encoded = encodeBytes(all);
    expect(encoded.encoding).toBe("base64");
    expect([...base64ToBytes(encoded.content)]).toEqual([...all]);
  });

  it("sends exact UTF-8 as text, keeping non-ASCII and a byte-order mark", () => {
    const source = new TextEncoder().encode("\uFEFFgrüße 🌍 日本\r\n");
    const encoded = encodeBytes(source);
    expect(encoded.encoding).toBe("utf8");
    expect(encoded.content.startsWith("\uFEFF")).toBe(true);
    expect([...contentBytes(encoded)]).toEqual([...source]);
  });

  it("treats invalid UTF-8 and NUL bytes as binary", () => {
    expect(bytesAsText(bytes(0xc3, 0x28))).toBeNull();
    expect(bytesAsText(bytes(0x61, 0x00, 0x62))).toBeNull();
    expect(bytesAsText(bytes(0xef, 0xbb))).toBeNull();
    expect(encodeBytes(bytes(0xff, 0xfe, 0x41, 0x00)).encoding).toBe("base64");
  });

  it("keeps CRLF only for files that use it throughout", () => {
    expect(lineSeparatorFor("a\nb")).toBe("\n");
    expect(lineSeparatorFor("a\r\nb\r\n")).toBe("\r\n");
    expect(lineSeparatorFor("a\r\nb\nc")).toBe("\n");
    expect(lineSeparatorFor("a\r\nb\rc")).toBe("\n");
    expect(lineSeparatorFor("")).toBe("\n");
  });
});
