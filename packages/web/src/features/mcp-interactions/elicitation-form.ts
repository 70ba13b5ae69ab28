import type { McpElicitationContent, McpElicitationProperty, McpElicitationSchema } from "@covalt/contracts";

export type FieldKind =
  "text" | "email" | "url" | "date" | "date-time" | "number" | "integer" | "boolean" | "select" | "multi-select";

export interface FieldOption {
  value: string;
  label: string;
}

/** One form field derived from a property of the requested schema. */
export interface FieldDescriptor {
  name: string;
  label: string;
  description?: string | undefined;
  kind: FieldKind;
  required: boolean;
  options?: FieldOption[] | undefined;
  minimum?: number | undefined;
  maximum?: number | undefined;
  minLength?: number | undefined;
  maxLength?: number | undefined;
}

/** What a form control holds: text for inputs and selects, a flag for checkboxes, a list for multi-selects. */
export type FormValue = string | boolean | string[];
export type FormValues = Record<string, FormValue>;

const formatKinds: Record<string, FieldKind> = { email: "email", uri: "url", date: "date", "date-time": "date-time" };

/** The fields of a requested schema, in its order; properties of unsupported types are left out. */
export function fieldsOf(schema: McpElicitationSchema): FieldDescriptor[] {
  const required = new Set(schema.required ?? []);
  const fields: FieldDescriptor[] = [];
  for (const [name, property] of Object.entries(schema.properties)) {
    const kind = kindOf(property);
    if (kind === undefined) continue;
    const options =
      kind === "select" ? optionsOf(property) : kind === "multi-select" ? itemOptionsOf(property) : undefined;
    fields.push({
      name,
      label: property.title ?? name,
      description: property.description,
      kind,
      required: required.has(name),
      ...(options === undefined ? {} : { options }),
      ...(property.minimum === undefined ? {} : { minimum: property.minimum }),
      ...(property.maximum === undefined ? {} : { maximum: property.maximum }),
      ...(property.minLength === undefined ? {} : { minLength: property.minLength }),
      ...(property.maxLength === undefined ? {} : { maxLength: property.maxLength }),
    });
  }
  return fields;
}

function kindOf(property: McpElicitationProperty): FieldKind | undefined {
  switch (property.type) {
    case "string":
      if (optionsOf(property) !== undefined) return "select";
      return formatKinds[property.format ?? ""] ?? "text";
    case "number":
      return "number";
    case "integer":
      return "integer";
    case "boolean":
      return "boolean";
    case "array":
      return itemOptionsOf(property) === undefined ? undefined : "multi-select";
    default:
      return undefined;
  }
}

/** Choices of a string property: `enum` (labelled by `enumNames`) or `oneOf` of `{ const, title }`. */
function optionsOf(property: Record<string, unknown>): FieldOption[] | undefined {
  const values = property["enum"];
  if (Array.isArray(values)) {
    const names = Array.isArray(property["enumNames"]) ? (property["enumNames"] as unknown[]) : [];
    return values.map((value, index) => ({
      value: String(value),
      label: typeof names[index] === "string" ? names[index] : String(value),
    }));
  }
  for (const key of ["oneOf", "anyOf"]) {
    const choices = property[key];
    if (Array.isArray(choices)) {
      return choices.flatMap((choice: unknown) => {
        if (typeof choice !== "object" || choice === null) return [];
        const { const: value, title } = choice as { const?: unknown; title?: unknown };
        if (typeof value !== "string") return [];
        return [{ value, label: typeof title === "string" ? title : value }];
      });
    }
  }
  return undefined;
}

function itemOptionsOf(property: McpElicitationProperty): FieldOption[] | undefined {
  const items = property["items"];
  return typeof items === "object" && items !== null ? optionsOf(items as Record<string, unknown>) : undefined;
}

/** The form's starting values: each property's `default` where it has one of the right type. */
export function initialValues(schema: McpElicitationSchema): FormValues {
  const values: FormValues = {};
  for (const field of fieldsOf(schema)) {
    const fallback = schema.properties[field.name]?.default;
    switch (field.kind) {
      case "boolean":
        values[field.name] = typeof fallback === "boolean" ? fallback : false;
        break;
      case "multi-select":
        values[field.name] = Array.isArray(fallback) ? fallback.filter((item) => typeof item === "string") : [];
        break;
      default:
        values[field.name] = typeof fallback === "string" || typeof fallback === "number" ? String(fallback) : "";
    }
  }
  return values;
}

export type ContentResult =
  { ok: true; content: McpElicitationContent } | { ok: false; errors: Record<string, string> };

/**
 * The content to send back: numbers parsed, empty optional fields left out, and an error per
 * field that is missing, not a number, out of range or not one of its choices.
 */
export function contentOf(fields: readonly FieldDescriptor[], values: FormValues): ContentResult {
  const content: McpElicitationContent = {};
  const errors: Record<string, string> = {};
  for (const field of fields) {
    const value = values[field.name];
    if (field.kind === "boolean") {
      content[field.name] = value === true;
      continue;
    }
    if (field.kind === "multi-select") {
      const list = Array.isArray(value) ? value : [];
      if (list.length === 0) {
        if (field.required) errors[field.name] = "Choose at least one.";
        continue;
      }
      content[field.name] = list;
      continue;
    }
    const text = typeof value === "string" ? value.trim() : "";
    if (text === "") {
      if (field.required) errors[field.name] = "Required.";
      continue;
    }
    const error = checkText(field, text);
    if (error !== undefined) {
      errors[field.name] = error;
      continue;
    }
    content[field.name] = field.kind === "number" || field.kind === "integer" ? Number(text) : text;
  }
  return Object.keys(errors).length === 0 ? { ok: true, content } : { ok: false, errors };
}

function checkText(field: FieldDescriptor, text: string): string | undefined {
  if (field.kind === "number" || field.kind === "integer") {
    const number = Number(text);
    if (!Number.isFinite(number)) return "Enter a number.";
    if (field.kind === "integer" && !Number.isInteger(number)) return "Enter a whole number.";
    if (field.minimum !== undefined && number < field.minimum) return `At least ${field.minimum}.`;
    if (field.maximum !== undefined && number > field.maximum) return `At most ${field.maximum}.`;
    return undefined;
  }
  if (field.kind === "select") {
    return field.options?.some((option) => option.value === text) === true ? undefined : "Choose one of the options.";
  }
  if (field.minLength !== undefined && text.length < field.minLength) return `At least ${field.minLength} characters.`;
  if (field.maxLength !== undefined && text.length > field.maxLength) return `At most ${field.maxLength} characters.`;
  if (field.kind === "email" && !/^[^\s@]+@[^\s@]+$/.test(text)) return "Enter an email address.";
  if (field.kind === "url" && !URL.canParse(text)) return "Enter a full URL, like https://example.com.";
  return undefined;
}
