import { describe, expect, it } from "vitest";
import { buildTableModel, cellText } from "./table-model.js";

describe("buildTableModel", () => {
  it("uses the union of object keys in first-seen order", () => {
    const model = buildTableModel({
      rows: [
        { a: 1, b: 2 },
        { c: 3, a: 4 },
      ],
    });
    expect(model.columns).toEqual(["a", "b", "c"]);
    expect(model.rows).toEqual([
      [1, 2, undefined],
      [4, undefined, 3],
    ]);
  });

  it("respects given columns", () => {
    expect(buildTableModel({ columns: ["b"], rows: [{ a: 1, b: 2 }] }).rows).toEqual([[2]]);
  });

  it("numbers positional columns of array rows", () => {
    const model = buildTableModel({
      rows: [
        [1, 2],
        [3, 4, 5],
      ],
    });
    expect(model.columns).toEqual(["1", "2", "3"]);
    expect(model.rows[0]).toEqual([1, 2, undefined]);
  });

  it("caps the rendered rows but reports the total", () => {
    const rows = Array.from({ length: 1200 }, (_, i) => ({ i }));
    const model = buildTableModel({ rows }, 500);
    expect(model.rows).toHaveLength(500);
    expect(model.total).toBe(1200);
  });

  it("does not read inherited keys", () => {
    expect(buildTableModel({ columns: ["toString"], rows: [{}] }).rows).toEqual([[undefined]]);
  });
});

describe("cellText", () => {
  it("shows structured values as compact JSON", () => {
    expect(cellText({ a: [1] })).toBe('{"a":[1]}');
    expect(cellText(null)).toBe("null");
    expect(cellText(undefined)).toBe("");
    expect(cellText(false)).toBe("false");
  });
});
