import { describe, expect, it } from "vitest";
import { argumentForm, parseArgumentForm, sameArguments, wholeInputFieldName } from "./approval-fields.js";

describe("argumentForm", () => {
  it("types each field by its value", () => {
    const form = argumentForm({ path: "a.txt", content: "one\ntwo", mode: 420, force: true, tags: ["x"] });
    expect(form.wholeInput).toBe(false);
    expect(form.fields).toEqual([
      { kind: "text", name: "path", value: "a.txt", multiline: false },
      { kind: "text", name: "content", value: "one\ntwo", multiline: true },
      { kind: "number", name: "mode", value: "420" },
      { kind: "boolean", name: "force", value: true },
      { kind: "json", name: "tags", value: '[\n  "x"\n]' },
    ]);
  });

  it("uses one JSON field when the arguments are not an object", () => {
    expect(argumentForm([1, 2])).toEqual({
      wholeInput: true,
      fields: [{ kind: "json", name: wholeInputFieldName, value: "[\n  1,\n  2\n]" }],
    });
    expect(argumentForm(undefined).fields[0]).toMatchObject({ value: "{}" });
  });
});

describe("parseArgumentForm", () => {
  it("round-trips unedited arguments", () => {
    const input = { path: "a.txt", mode: 420, force: false, options: { deep: true }, nothing: null };
    const parsed = parseArgumentForm(argumentForm(input));
    expect(parsed).toEqual({ ok: true, input });
    expect(parsed.ok && sameArguments(parsed.input, input)).toBe(true);
  });

  it("reports fields that do not parse", () => {
    const form = argumentForm({ count: 1, options: {} });
    const edited = {
      ...form,
      fields: form.fields.map((field) =>
        field.kind === "number"
          ? { ...field, value: "abc" }
          : field.kind === "json"
            ? { ...field, value: "{oops" }
            : field,
      ),
    };
    const parsed = parseArgumentForm(edited);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && Object.keys(parsed.errors)).toEqual(["count", "options"]);
  });

  it("rejects an empty number", () => {
    const form = argumentForm({ count: 1 });
    const parsed = parseArgumentForm({ ...form, fields: [{ kind: "number", name: "count", value: " " }] });
    expect(parsed).toEqual({ ok: false, errors: { count: "Enter a number." } });
  });

  it("returns the whole input for a non-object form", () => {
    expect(parseArgumentForm(argumentForm([1]))).toEqual({ ok: true, input: [1] });
  });
});
