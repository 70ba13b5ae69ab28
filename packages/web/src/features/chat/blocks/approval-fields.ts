/** What the tool's schema says of an argument, shown beside its field. */
interface FieldHints {
  description?: string | undefined;
  required?: boolean | undefined;
  /** The schema lists this argument but the model left it out: an empty field sends nothing. */
  optionalEmpty?: boolean | undefined;
}

/** One editable argument; every value is kept as the form shows it and parsed only on submit. */
export type ArgumentField = FieldHints &
  (
    | { kind: "text"; name: string; value: string; multiline: boolean }
    | { kind: "number"; name: string; value: string }
    | { kind: "boolean"; name: string; value: boolean }
    /** One of the schema's `enum` values (a boolean left out offers "true" / "false"); "" is unset. */
    | { kind: "choice"; name: string; value: string; options: string[]; booleans?: boolean | undefined }
    | { kind: "json"; name: string; value: string }
  );

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

interface PropertySchema {
  type?: unknown;
  enum?: unknown;
  description?: unknown;
}

function stringEnum(property: PropertySchema | undefined): string[] | undefined {
  const values = property?.enum;
  return Array.isArray(values) && values.length > 0 && values.every((value) => typeof value === "string")
    ? values
    : undefined;
}

function hintsOf(property: PropertySchema | undefined, required: boolean): FieldHints {
  const description = typeof property?.description === "string" ? property.description : undefined;
  return { ...(description === undefined ? {} : { description }), ...(required ? { required } : {}) };
}

function fieldFor(
  name: string,
  value: unknown,
  property: PropertySchema | undefined,
  hints: FieldHints,
): ArgumentField {
  const options = stringEnum(property);
  if (typeof value === "string" && options?.includes(value) === true) {
    return { kind: "choice", name, value, options, ...hints };
  }
  if (typeof value === "string") return { kind: "text", name, value, multiline: value.includes("\n"), ...hints };
  if (typeof value === "number") return { kind: "number", name, value: String(value), ...hints };
  if (typeof value === "boolean") return { kind: "boolean", name, value, ...hints };
  return { kind: "json", name, value: JSON.stringify(value ?? null, null, 2), ...hints };
}

/** An argument the schema offers but the model left out: empty, and sent only if the user fills it. */
function emptyFieldFor(name: string, property: PropertySchema | undefined, hints: FieldHints): ArgumentField {
  const base = { name, ...hints, optionalEmpty: true };
  const options = stringEnum(property);
  if (options !== undefined) return { kind: "choice", value: "", options, ...base };
  switch (property?.type) {
    case "string":
      return { kind: "text", value: "", multiline: false, ...base };
    case "number":
    case "integer":
      return { kind: "number", value: "", ...base };
    case "boolean":
      return { kind: "choice", value: "", options: ["true", "false"], booleans: true, ...base };
    default:
      return { kind: "json", value: "", ...base };
  }
}

/**
 * The form for a call's arguments: one field per argument the model sent, typed by its value (an
 * `enum` from the tool's schema becomes a choice), then the schema's other arguments, empty, so the
 * user can add what the model left out. Descriptions and required marks come from the schema.
 */
export function argumentForm(input: unknown, schema?: unknown): ArgumentForm {
  if (!isPlainObject(input)) {
    return { fields: [fieldFor(wholeInputFieldName, input ?? {}, undefined, {})], wholeInput: true };
  }
  const properties = isPlainObject(schema) && isPlainObject(schema.properties) ? schema.properties : {};
  const required = new Set(
    isPlainObject(schema) && Array.isArray(schema.required)
      ? schema.required.filter((key) => typeof key === "string")
      : [],
  );
  const propertyOf = (name: string) => {
    const property = properties[name];
    return isPlainObject(property) ? (property as PropertySchema) : undefined;
  };
  const given = Object.entries(input).map(([name, value]) =>
    fieldFor(name, value, propertyOf(name), hintsOf(propertyOf(name), required.has(name))),
  );
  const missing = Object.keys(properties)
    .filter((name) => !Object.hasOwn(input, name))
    .map((name) => emptyFieldFor(name, propertyOf(name), hintsOf(propertyOf(name), required.has(name))));
  return { fields: [...given, ...missing], wholeInput: false };
}

/** The field is one the model left out and the user left empty: it is not sent. */
function isUnset(field: ArgumentField): boolean {
  return field.optionalEmpty === true && field.kind !== "boolean" && field.value.trim() === "";
}

/** Why a field's value cannot be sent, or undefined when it parses. */
export function fieldError(field: ArgumentField): string | undefined {
  if (isUnset(field)) return undefined;
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
    case "choice":
      return field.booleans === true ? field.value === "true" : field.value;
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
  const sent = form.fields.filter((field) => !isUnset(field));
  return { ok: true, input: Object.fromEntries(sent.map((field) => [field.name, fieldValue(field)])) };
}

/** Compares by JSON, so only real edits are sent (and recorded as edited in the audit log). */
export function sameArguments(left: unknown, right: unknown): boolean {
  return JSON.stringify(left) === JSON.stringify(right);
}
