import type { ProviderManifest } from "@covalt/contracts";
import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { providerCatalogQuery } from "./provider-queries.js";

/** Catalog entries by id, for rows that only know an instance's `catalogId`. */
export function useCatalogById(): ReadonlyMap<string, ProviderManifest> {
  const catalog = useQuery(providerCatalogQuery);
  return useMemo(() => new Map((catalog.data ?? []).map((entry) => [entry.id, entry])), [catalog.data]);
}
