/** The model catalog and its listings in OpenAI, Anthropic and Ollama shapes. */
import { createHash } from "node:crypto";
import { reasoningModelId } from "./script.js";

export const defaultModels: readonly string[] = ["gpt-test", reasoningModelId, "claude-test", "llama3:8b", "org/model"];

/** A fixed date keeps listings byte-identical between runs. */
const createdAt = new Date("2025-01-01T00:00:00Z");

/** Ollama names always carry a tag; an untagged name means `:latest`. */
export function ollamaName(id: string): string {
  return /:[^/]*$/.test(id) ? id : `${id}:latest`;
}

export function findModel(models: readonly string[], requested: string, ollama = false): string | undefined {
  if (ollama) return models.find((id) => ollamaName(id) === ollamaName(requested));
  return models.find((id) => id === requested);
}

export function openaiModel(id: string) {
  return { id, object: "model", created: createdAt.getTime() / 1000, owned_by: "covalt-mock" };
}

export function openaiModelList(models: readonly string[]) {
  return { object: "list", data: models.map(openaiModel) };
}

export function anthropicModel(id: string) {
  return { type: "model", id, display_name: displayName(id), created_at: createdAt.toISOString() };
}

/** Anthropic pages with `limit` (default 20), `after_id` and `before_id`. */
export function anthropicModelList(models: readonly string[], query: URLSearchParams) {
  const limit = Number(query.get("limit") ?? 20) || 20;
  const afterId = query.get("after_id");
  const beforeId = query.get("before_id");
  let start = afterId === null ? 0 : models.indexOf(afterId) + 1;
  let end = beforeId === null ? models.length : Math.max(0, models.indexOf(beforeId));
  if (beforeId !== null) start = Math.max(start, end - limit);
  else end = Math.min(end, start + limit);
  const page = models.slice(start, end).map(anthropicModel);
  const hasMore = beforeId === null ? end < models.length : start > 0;
  return { data: page, has_more: hasMore, first_id: page[0]?.id ?? null, last_id: page.at(-1)?.id ?? null };
}

export function ollamaModelList(models: readonly string[]) {
  return {
    models: models.map((id) => {
      const name = ollamaName(id);
      const digest = createHash("sha256").update(name).digest("hex");
      const family = /[a-z]+/i.exec(name.split("/").at(-1) ?? name)?.[0]?.toLowerCase() ?? "mock";
      const size = /:(\d+(?:\.\d+)?)b$/i.exec(name)?.[1];
      return {
        name,
        model: name,
        modified_at: createdAt.toISOString(),
        size: 4_000_000_000 + parseInt(digest.slice(0, 6), 16),
        digest,
        details: {
          parent_model: "",
          format: "gguf",
          family,
          families: [family],
          parameter_size: size === undefined ? "7B" : `${size}B`,
          quantization_level: "Q4_K_M",
        },
      };
    }),
  };
}

function displayName(id: string): string {
  return id
    .split(/[-_/:]/)
    .filter(Boolean)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join(" ");
}
