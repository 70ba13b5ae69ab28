import { describe, expect, it } from "vitest";
import { bytesToBase64 } from "./bytes-to-base64.js";

describe("bytesToBase64", () => {
  it("encodes small inputs like the platform", () => {
    expect(bytesToBase64(new Uint8Array([]))).toBe("");
    expect(bytesToBase64(new TextEncoder().encode("PK\u0003\u0004 zip"))).toBe(btoa("PK\u0003\u0004 zip"));
  });

  it("encodes inputs longer than one chunk", () => {
    const bytes = new Uint8Array(100_000).map((_, index) => index % 256);
    expect(Buffer.from(bytesToBase64(bytes), "base64").equals(Buffer.from(bytes))).toBe(true);
  });
});
