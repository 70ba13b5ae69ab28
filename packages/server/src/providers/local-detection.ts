import type { DetectedLocalProvider, ProviderManifest } from "@covalt/contracts";

const probeTimeoutMs = 600;

/**
 * Finds local model servers (Ollama, LM Studio) answering on their usual ports, skipping any the
 * user already added, so the first run can offer them in one click.
 */
export async function detectLocalProviders(
  catalog: readonly ProviderManifest[],
  configuredBaseUrls: ReadonlySet<string>,
): Promise<DetectedLocalProvider[]> {
  const candidates = catalog.filter(
    (manifest) =>
      manifest.local !== undefined &&
      manifest.defaultBaseUrl !== undefined &&
      !configuredBaseUrls.has(manifest.defaultBaseUrl),
  );
  const found = await Promise.all(
    candidates.map(async (manifest) => {
      try {
        const response = await fetch(manifest.local?.probeUrl ?? "", { signal: AbortSignal.timeout(probeTimeoutMs) });
        if (!response.ok) return undefined;
        const body = (await response.json()) as { data?: unknown[]; models?: unknown[] };
        return {
          catalogId: manifest.id,
          name: manifest.name,
          baseUrl: manifest.defaultBaseUrl ?? "",
          modelCount: (body.data ?? body.models ?? []).length,
        };
      } catch {
        return undefined;
      }
    }),
  );
  return found.filter((entry) => entry !== undefined);
}
