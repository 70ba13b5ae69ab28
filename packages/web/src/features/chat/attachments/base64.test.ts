import { describe, expect, it } from "vitest";
import { base64FromBytes } from "./base64.js";

/** The platform's own encoder, one byte per character: slow, obviously right. */
function reference(data: Uint8Array | ArrayBuffer): string {
  return btoa(Array.from(new Uint8Array(data), (byte) => String.fromCharCode(byte)).join(""));
}

function bytes(length: number): Uint8Array {
  const data = new Uint8Array(length);
  for (let index = 0; index < length; index++) data[index] = (index * 31 + 7) % 256;
  return data;
}

describe("base64FromBytes", () => {
  it("encodes like Node's Buffer for every padding case", () => {
    for (const length of [0, 1, 2, 3, 4, 5, 6]) {
      const data = bytes(length);
      expect(base64FromBytes(data)).toBe(reference(data));
    }
  });

  it("joins chunk encodings without padding in between", () => {
    const data = bytes(1000);
    expect(base64FromBytes(data, 3)).toBe(reference(data));
    expect(base64FromBytes(data, 99)).toBe(reference(data));
  });

  it("handles an ArrayBuffer of a few megabytes", () => {
    const buffer = new ArrayBuffer(3 * 1024 * 1024 + 1);
    new Uint8Array(buffer).set(bytes(buffer.byteLength));
    expect(base64FromBytes(buffer)).toBe(reference(buffer));
  });

  it("refuses a chunk size that would break the encoding apart", () => {
    expect(() => base64FromBytes(bytes(10), 4)).toThrow(/multiple of 3/);
  });
});
