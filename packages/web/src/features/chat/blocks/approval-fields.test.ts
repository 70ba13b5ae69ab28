import { describe, expect, it } from "vitest";
import {
  type ArgumentField,
  argumentForm,
  parseArgumentForm,
  sameArguments,
  wholeInputFieldName,
} from "./approval-fields.js";

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

describe("argumentForm with the tool's schema", () => {
  const schema = {
    type: "object",
    properties: {
      path: { type: "string", description: "Where to write." },
      mode: { type: "string", enum: ["overwrite", "append"] },
      tabs: { type: "integer" },
      dryRun: { type: "boolean" },
      encoding: { type: "string", enum: ["utf8", "base64"] },
    },
    required: ["path"],
  };

  it("adds what the model left out, empty, with descriptions, choices and required marks", () => {
    const form = argumentForm({ path: "a.txt", mode: "append" }, schema);
    expect(form.fields).toEqual([
      { kind: "text", name: "path", value: "a.txt", multiline: false, description: "Where to write.", required: true },
      { kind: "choice", name: "mode", value: "append", options: ["overwrite", "append"] },
      { kind: "number", name: "tabs", value: "", optionalEmpty: true },
      { kind: "choice", name: "dryRun", value: "", options: ["true", "false"], booleans: true, optionalEmpty: true },
      { kind: "choice", name: "encoding", value: "", options: ["utf8", "base64"], optionalEmpty: true },
    ]);
  });

  it("sends only the arguments the user filled in", () => {
    const input = { path: "a.txt", mode: "append" };
    const form = argumentForm(input, schema);
    expect(parseArgumentForm(form)).toEqual({ ok: true, input });
    const filled = form.fields.map((field): ArgumentField => {
      if (field.name === "dryRun" && field.kind === "choice") return { ...field, value: "true" };
      if (field.name === "tabs" && field.kind === "number") return { ...field, value: "4" };
      return field;
    });
    expect(parseArgumentForm({ ...form, fields: filled })).toEqual({
      ok: true,
      input: { path: "a.txt", mode: "append", tabs: 4, dryRun: true },
    });
  });
});
