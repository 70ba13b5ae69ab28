import { describe, expect, it } from "vitest";
import { prepareToolOutput } from "./tool-output.js";

describe("prepareToolOutput", () => {
  it("keeps small results as they are", () => {
    expect(prepareToolOutput({ a: 1 })).toEqual({ modelText: '{\n  "a": 1\n}', stored: { a: 1 }, truncated: false });
  });

  it("cuts long results for the model with a marker that says how much is missing", () => {
    const prepared = prepareToolOutput("x".repeat(150), { modelChars: 100, storedChars: 1000 });
    expect(prepared.truncated).toBe(true);
    expect(prepared.modelText.startsWith("x".repeat(100))).toBe(true);
    expect(prepared.modelText).toContain("50 more characters truncated");
    expect(prepared.stored).toBe("x".repeat(150));
  });

  it("stores a cut text when a result is too large to keep", () => {
    const prepared = prepareToolOutput({ big: "y".repeat(500) }, { modelChars: 100, storedChars: 200 });
    expect(typeof prepared.stored).toBe("string");
    expect(String(prepared.stored)).toContain("more characters truncated");
  });
});
