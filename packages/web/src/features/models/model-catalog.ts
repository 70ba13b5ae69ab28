import type { ModelInfo, ModelRef, ProviderModels } from "@covalt/contracts";
import { modelKey, sameModel } from "./model-ref.js";

export interface ModelOption {
  ref: ModelRef;
  model: ModelInfo;
  providerName: string;
  catalogId: string;
}

export interface ModelSection {
  /** `recent` or a provider id. */
  id: string;
  label: string;
  /** The provider's catalog id, for its icon; absent for the recents section. */
  catalogId?: string;
  /** Why a provider lists no models (e.g. a bad key), shown in its section. */
  error?: string;
  options: ModelOption[];
}

function optionsOf(provider: ProviderModels): ModelOption[] {
  return provider.models.map((model) => ({
    ref: { providerId: provider.providerId, modelId: model.id },
    model,
    providerName: provider.providerName,
    catalogId: provider.catalogId,
  }));
}

export function findModel(
  providers: readonly ProviderModels[],
  ref: ModelRef | null | undefined,
): ModelOption | undefined {
  if (!ref) return undefined;
  const provider = providers.find((candidate) => candidate.providerId === ref.providerId);
  const model = provider?.models.find((candidate) => candidate.id === ref.modelId);
  return provider && model
    ? { ref, model, providerName: provider.providerName, catalogId: provider.catalogId }
    : undefined;
}

/** The first of `preferred` that still exists, else the first model listed. */
export function pickAvailableModel(
  providers: readonly ProviderModels[],
  preferred: readonly (ModelRef | null | undefined)[],
): ModelRef | undefined {
  for (const ref of preferred) {
    const found = findModel(providers, ref);
    if (found) return found.ref;
  }
  return optionsOf(providers.find((provider) => provider.models.length > 0) ?? emptyProvider)[0]?.ref;
}

const emptyProvider: ProviderModels = { providerId: "", providerName: "", catalogId: "", models: [] };

function matches(option: ModelOption, words: readonly string[]): boolean {
  const haystack = `${option.model.id} ${option.model.name ?? ""} ${option.providerName}`.toLowerCase();
  return words.every((word) => haystack.includes(word));
}

/**
 * The picker's sections: recents first (only while not searching, so a search lists each model
 * once), then one section per provider in server order. Providers with an error keep their
 * section so the user sees why their models are missing.
 */
export function buildModelSections(
  providers: readonly ProviderModels[],
  recents: readonly ModelRef[],
  query: string,
): ModelSection[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const sections: ModelSection[] = [];

  if (words.length === 0) {
    const recentOptions = recents
      .map((ref) => findModel(providers, ref))
      .filter((option): option is ModelOption => option !== undefined);
    if (recentOptions.length > 0) sections.push({ id: "recent", label: "Recent", options: recentOptions });
  }

  for (const provider of providers) {
    const options = optionsOf(provider).filter((option) => matches(option, words));
    if (options.length === 0 && (words.length > 0 || provider.error === undefined)) continue;
    sections.push({
      id: provider.providerId,
      label: provider.providerName,
      catalogId: provider.catalogId,
      ...(provider.error ? { error: provider.error.message } : {}),
      options,
    });
  }
  return sections;
}

/** Options in display order, each with a key unique across sections (a recent also appears below). */
export function flattenSections(sections: readonly ModelSection[]): { key: string; option: ModelOption }[] {
  return sections.flatMap((section) =>
    section.options.map((option) => ({ key: `${section.id} ${modelKey(option.ref)}`, option })),
  );
}

export function isSelected(option: ModelOption, selected: ModelRef | null | undefined): boolean {
  return sameModel(option.ref, selected);
}
