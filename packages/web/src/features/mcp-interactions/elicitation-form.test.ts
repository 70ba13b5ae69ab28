import type { McpElicitationSchema } from "@covalt/contracts";
import { describe, expect, it } from "vitest";
import { contentOf, fieldsOf, initialValues } from "./elicitation-form.js";

const schema: McpElicitationSchema = {
  type: "object",
  properties: {
    name: { type: "string", title: "Name", description: "Your full name" },
    agree: { type: "boolean", title: "Agree" },
    line: { type: "string", default: "It was a dark and stormy night." },
    email: { type: "string", format: "email" },
    count: { type: "integer", minimum: 1, maximum: 100, default: 42 },
    ratio: { type: "number", default: 3.14 },
    friend: { type: "string", enum: ["Monica", "Ross"], default: "Monica" },
    pet: { type: "string", enum: ["pet-1", "pet-2"], enumNames: ["Cats", "Dogs"] },
    hero: { type: "string", oneOf: [{ const: "hero-1", title: "Superman" }] },
    tools: { type: "array", items: { type: "string", enum: ["Guitar", "Piano"] }, default: ["Guitar"] },
    nested: { type: "object" },
  },
  required: ["name", "count"],
};

describe("fieldsOf", () => {
  it("maps properties to field kinds with labels, choices and required flags", () => {
    const fields = fieldsOf(schema);
    expect(fields.map((field) => [field.name, field.kind])).toEqual([
      ["name", "text"],
      ["agree", "boolean"],
      ["line", "text"],
      ["email", "email"],
      ["count", "integer"],
      ["ratio", "number"],
      ["friend", "select"],
      ["pet", "select"],
      ["hero", "select"],
      ["tools", "multi-select"],
    ]);
    expect(fields[0]).toMatchObject({ label: "Name", description: "Your full name", required: true });
    expect(fields[2]).toMatchObject({ label: "line", required: false });
    expect(fields[4]).toMatchObject({ required: true, minimum: 1, maximum: 100 });
    expect(fields[7]?.options).toEqual([
      { value: "pet-1", label: "Cats" },
      { value: "pet-2", label: "Dogs" },
    ]);
    expect(fields[8]?.options).toEqual([{ value: "hero-1", label: "Superman" }]);
    expect(fields[9]?.options?.map((option) => option.value)).toEqual(["Guitar", "Piano"]);
  });
});

describe("initialValues", () => {
  it("applies defaults and starts the rest empty", () => {
    expect(initialValues(schema)).toEqual({
      name: "",
      agree: false,
      line: "It was a dark and stormy night.",
      email: "",
      count: "42",
      ratio: "3.14",
      friend: "Monica",
      pet: "",
      hero: "",
      tools: ["Guitar"],
    });
  });
});

describe("contentOf", () => {
  const fields = fieldsOf(schema);

  it("coerces numbers, keeps booleans and lists, and leaves out empty optional fields", () => {
    const result = contentOf(fields, { ...initialValues(schema), name: "  Ada ", count: "7", pet: "pet-2" });
    expect(result).toEqual({
      ok: true,
      content: {
        name: "Ada",
        agree: false,
        line: "It was a dark and stormy night.",
        count: 7,
        ratio: 3.14,
        friend: "Monica",
        pet: "pet-2",
        tools: ["Guitar"],
      },
    });
  });

  it("reports missing required fields and bad values per field", () => {
    const result = contentOf(fields, {
      ...initialValues(schema),
      count: "7.5",
      ratio: "abc",
      email: "nope",
      friend: "Joey",
    });
    expect(result).toEqual({
      ok: false,
      errors: {
        name: "Required.",
        count: "Enter a whole number.",
        ratio: "Enter a number.",
        email: "Enter an email address.",
        friend: "Choose one of the options.",
      },
    });
    expect(contentOf(fields, { ...initialValues(schema), name: "x", count: "500" })).toEqual({
      ok: false,
      errors: { count: "At most 100." },
    });
  });

  it("requires a choice in a required multi-select", () => {
    const multi = fieldsOf({
      type: "object",
      properties: { tools: { type: "array", items: { enum: ["a"] } } },
      required: ["tools"],
    });
    expect(contentOf(multi, { tools: [] })).toEqual({ ok: false, errors: { tools: "Choose at least one." } });
  });
});
