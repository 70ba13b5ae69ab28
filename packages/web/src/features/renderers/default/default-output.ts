function describeUnserializable(value: unknown): string {
  if (typeof value === "bigint" || typeof value === "symbol" || typeof value === "function") return value.toString();
  return "(This value cannot be shown as JSON.)";
}

/** Pretty JSON for anything that is not already text; never throws (cycles, BigInt). */
export function prettyValue(value: unknown): string {
  if (typeof value === "string") return value;
  if (value === undefined) return "";
  try {
    // JSON.stringify answers undefined for functions and symbols.
    if (typeof value === "function" || typeof value === "symbol") return describeUnserializable(value);
    return JSON.stringify(value, null, 2);
  } catch {
    return describeUnserializable(value);
  }
}

function isTextPart(part: unknown): part is { type: "text"; text: string } {
  return (
    typeof part === "object" &&
    part !== null &&
    (part as { type?: unknown }).type === "text" &&
    typeof (part as { text?: unknown }).text === "string"
  );
}

/**
 * A tool's raw output as readable text. MCP tools answer with a list of content parts; when
 * every part is text, the texts are what the user wants to read, not the JSON around them.
 */
export function defaultOutputText(output: unknown): string {
  const parts = Array.isArray(output)
    ? output
    : typeof output === "object" && output !== null && Array.isArray((output as { content?: unknown }).content)
      ? (output as { content: unknown[] }).content
      : undefined;
  if (parts !== undefined && parts.length > 0 && parts.every(isTextPart)) {
    return parts.map((part) => part.text).join("\n\n");
  }
  return prettyValue(output);
}
