/** One editable argument; every value is kept as the form shows it and parsed only on submit. */
export type ArgumentField =
  | { kind: "text"; name: string; value: string; multiline: boolean }
  | { kind: "number"; name: string; value: string }
  | { kind: "boolean"; name: string; value: boolean }
  | { kind: "json"; name: string; value: string };

export interface ArgumentForm {
  fields: ArgumentField[];
  /**
   * The arguments were not an object (absent, an array, a scalar): the form has one JSON field
   * that stands for the whole input.
   */
  wholeInput: boolean;
}

export const wholeInputFieldName = "arguments";

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function fieldFor(name: string, value: unknown): ArgumentField {
  if (typeof value === "string") return { kind: "text", name, value, multiline: value.includes("\n") };
  if (typeof value === "number") return { kind: "number", name, value: String(value) };
  if (typeof value === "boolean") return { kind: "boolean", name, value };
  return { kind: "json", name, value: JSON.stringify(value ?? null, null, 2) };
}

/** The form for a call's arguments: one field per top-level key, typed by its current value. */
export function argumentForm(input: unknown): ArgumentForm {
  if (!isPlainObject(input)) return { fields: [fieldFor(wholeInputFieldName, input ?? {})], wholeInput: true };
  return { fields: Object.entries(input).map(([name, value]) => fieldFor(name, value)), wholeInput: false };
}

/** Why a field's value cannot be sent, or undefined when it parses. */
export function fieldError(field: ArgumentField): string | undefined {
  if (field.kind === "number") {
    if (field.value.trim() === "") return "Enter a number.";
    return Number.isFinite(Number(field.value)) ? undefined : "This is not a number.";
  }
  if (field.kind === "json") {
    try {
      JSON.parse(field.value);
      return undefined;
    } catch (error) {
      return `Not valid JSON: ${error instanceof Error ? error.message : String(error)}`;
    }
  }
  return undefined;
}

function fieldValue(field: ArgumentField): unknown {
  switch (field.kind) {
    case "text":
    case "boolean":
      return field.value;
    case "number":
      return Number(field.value);
    case "json":
      return JSON.parse(field.value) as unknown;
  }
}

export type ParsedArguments = { ok: true; input: unknown } | { ok: false; errors: Record<string, string> };

/** The edited arguments, or the fields that do not parse. */
export function parseArgumentForm(form: ArgumentForm): ParsedArguments {
  const errors: Record<string, string> = {};
  for (const field of form.fields) {
    const error = fieldError(field);
    if (error !== undefined) errors[field.name] = error;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  if (form.wholeInput) return { ok: true, input: form.fields[0] === undefined ? {} : fieldValue(form.fields[0]) };
  return { ok: true, input: Object.fromEntries(form.fields.map((field) => [field.name, fieldValue(field)])) };
}

/** Compares by JSON, so only real edits are sent (and recorded as edited in the audit log). */
export function sameArguments(left: unknown, right: unknown): boolean {
  return JSON.stringify(left) === JSON.stringify(right);
}
