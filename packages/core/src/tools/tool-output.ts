/** What a finished call hands back: the text the model reads and the value kept for display. */
export interface PreparedOutput {
  /** The result as the model reads it, within the limit, with a marker when cut. */
  modelText: string;
  /** The result as stored in the run log and shown to the user (a cut string when too large). */
  stored: unknown;
  truncated: boolean;
}

export interface OutputLimits {
  /** Characters of result text the model receives. */
  modelChars: number;
  /** Characters of a result kept in the run log. */
  storedChars: number;
}

export const defaultOutputLimits: OutputLimits = { modelChars: 30_000, storedChars: 200_000 };

function asText(value: unknown): string {
  if (typeof value === "string") return value;
  // JSON.stringify gives undefined for these three; everything else becomes text or throws.
  if (value === undefined || typeof value === "function" || typeof value === "symbol") return "";
  try {
    return JSON.stringify(value, null, 2);
  } catch {
    return "[a result that cannot be shown as text]";
  }
}

function cut(text: string, limit: number): string {
  const omitted = text.length - limit;
  return `${text.slice(0, limit)}\n[… ${omitted.toLocaleString("en-US")} more characters truncated]`;
}

/**
 * Serializes and truncates a tool result once, for both readers. A result that fits is stored as
 * the value it is (an object stays an object for the renderers); one that does not is stored as
 * its cut text, so a runaway tool cannot bloat the run log.
 */
export function prepareToolOutput(output: unknown, limits: OutputLimits = defaultOutputLimits): PreparedOutput {
  const text = asText(output);
  const truncated = text.length > limits.modelChars;
  return {
    modelText: truncated ? cut(text, limits.modelChars) : text,
    stored: text.length > limits.storedChars ? cut(text, limits.storedChars) : output,
    truncated,
  };
}
