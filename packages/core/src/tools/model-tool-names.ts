import { parseToolId } from "./tool-id.js";

/** Providers accept `^[a-zA-Z0-9_-]{1,64}$` (OpenAI, Anthropic, Google agree on this subset). */
const maxLength = 64;

function sanitize(text: string): string {
  const cleaned = text.replace(/[^a-zA-Z0-9_-]+/g, "_").replace(/^_+|_+$/g, "");
  return cleaned === "" ? "tool" : cleaned;
}

function baseName(toolId: string): string {
  const parts = parseToolId(toolId);
  if (parts === undefined) return sanitize(toolId);
  return parts.kind === "builtin" ? sanitize(parts.tool) : `${sanitize(parts.source)}_${sanitize(parts.tool)}`;
}

/**
 * The names the model sees for one run's tools, and the way back. Built per run from that run's
 * tools, so two chats (or two runs) never share a table: `files_read_file` always resolves to the
 * tool this run offered under that name. Collisions after sanitizing get `_2`, `_3`….
 */
export class ModelToolNames {
  readonly #toModel = new Map<string, string>();
  readonly #toTool = new Map<string, string>();

  constructor(toolIds: Iterable<string>) {
    for (const toolId of toolIds) this.nameFor(toolId);
  }

  /** The model-facing name of a tool, assigning one on first use (history may name tools no longer offered). */
  nameFor(toolId: string): string {
    const known = this.#toModel.get(toolId);
    if (known !== undefined) return known;
    const base = baseName(toolId).slice(0, maxLength);
    let name = base;
    for (let counter = 2; this.#toTool.has(name); counter++) {
      const suffix = `_${counter}`;
      name = base.slice(0, maxLength - suffix.length) + suffix;
    }
    this.#toModel.set(toolId, name);
    this.#toTool.set(name, toolId);
    return name;
  }

  /** The canonical id behind a name this table handed out; undefined for a name the model made up. */
  toolIdFor(modelName: string): string | undefined {
    return this.#toTool.get(modelName);
  }
}
