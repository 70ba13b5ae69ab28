import { describe, expect, it } from "vitest";
import { compactNumber } from "./compact-number.js";

describe("compactNumber", () => {
  it("abbreviates thousands and millions", () => {
    expect([512, 8192, 32_768, 128_000, 200_000, 1_048_576, 2_000_000].map(compactNumber)).toEqual([
      "512",
      "8.2K",
      "32.8K",
      "128K",
      "200K",
      "1M",
      "2M",
    ]);
  });
});
