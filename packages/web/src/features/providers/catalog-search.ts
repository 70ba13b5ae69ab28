import type { ProviderManifest } from "@covalt/contracts";

/**
 * Every word of the query must appear in the entry's name, id or adapter. Entries whose name
 * starts with the query come first, then those matching by name, then by id or adapter only, so
 * "openai" lists OpenAI before the many OpenAI-compatible services.
 */
export function searchCatalog(entries: readonly ProviderManifest[], query: string): ProviderManifest[] {
  const normalized = query.trim().toLowerCase();
  const words = normalized.split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...entries];
  const rank = (entry: ProviderManifest): number | undefined => {
    const name = entry.name.toLowerCase();
    if (name.startsWith(normalized)) return 0;
    if (words.every((word) => name.includes(word))) return 1;
    const haystack = `${name} ${entry.id} ${entry.adapter}`.toLowerCase();
    return words.every((word) => haystack.includes(word)) ? 2 : undefined;
  };
  return entries
    .map((entry) => ({ entry, rank: rank(entry) }))
    .filter((item): item is { entry: ProviderManifest; rank: number } => item.rank !== undefined)
    .sort((a, b) => a.rank - b.rank)
    .map((item) => item.entry);
}

/** What a catalog row says under the name: where it runs and what it needs. */
export function catalogEntrySummary(entry: ProviderManifest): string {
  if (entry.local !== undefined) return "Runs on this computer";
  if (entry.defaultBaseUrl === undefined) return "Any server with this API — you enter the URL";
  if (entry.auth === "none") return "No API key needed";
  if (entry.auth === "oauth") return "Sign in with your account";
  return "Needs an API key";
}
