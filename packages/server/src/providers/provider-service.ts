import type {
  CreateProviderRequest,
  ProviderInstance,
  ProviderManifest,
  ProviderModels,
  ProviderTestResult,
  UpdateProviderRequest,
} from "@covalt/contracts";
import { CovaltError } from "@covalt/core";
import { newId } from "../ids/new-id.js";
import { listProviderModels } from "./model-listing.js";
import { type ProviderRecord, type ProviderStore, toProviderInstance } from "./provider-store.js";
import { isRunFailureError, ModelListCache } from "./model-list-cache.js";

const reservedKeys = new Set(["catalogId", "name", "baseUrl", "apiKey"]);

/** Provider instances: validated against their catalog entry, credentials kept in the vault. */
export class ProviderService {
  readonly #catalog: ReadonlyMap<string, ProviderManifest>;
  readonly #models = new ModelListCache();

  constructor(
    catalog: readonly ProviderManifest[],
    private readonly store: ProviderStore,
  ) {
    this.#catalog = new Map(catalog.map((manifest) => [manifest.id, manifest]));
  }

  get catalog(): ProviderManifest[] {
    return [...this.#catalog.values()];
  }

  manifestFor(record: ProviderRecord): ProviderManifest {
    const manifest = this.#catalog.get(record.catalogId);
    if (manifest === undefined) {
      throw new CovaltError(
        "not-found",
        `Provider "${record.name}" uses the unknown provider type "${record.catalogId}".`,
      );
    }
    return manifest;
  }

  list(): ProviderInstance[] {
    return this.store.list().map((record) => this.toInstance(record));
  }

  create(request: CreateProviderRequest): ProviderInstance {
    const { catalogId, name, baseUrl, apiKey, ...extra } = request;
    const manifest = this.#catalog.get(catalogId);
    if (manifest === undefined) {
      throw new CovaltError("validation-failed", `There is no provider type "${catalogId}" in the catalog.`);
    }
    const split = splitFields(manifest, extra);
    const secrets = { ...split.secrets, ...(apiKey === undefined || apiKey === "" ? {} : { apiKey }) };
    const resolvedBaseUrl = baseUrl ?? manifest.defaultBaseUrl;
    validateInstance(manifest, resolvedBaseUrl, secrets, split.fields);
    const now = Date.now();
    const record = this.store.insert(
      {
        id: newId("provider"),
        catalogId,
        name,
        baseUrl: resolvedBaseUrl ?? "",
        fields: split.fields,
        createdAt: now,
        updatedAt: now,
      },
      secrets,
    );
    return this.toInstance(record);
  }

  update(id: string, request: UpdateProviderRequest): ProviderInstance {
    const current = this.store.withSecrets(id);
    if (current === undefined) throw new CovaltError("not-found", `There is no provider ${id}.`);
    const manifest = this.manifestFor(current.record);
    const { name, baseUrl, apiKey, ...extra } = request;
    const fieldValues = new Map(Object.entries(current.record.fields));
    const secretValues = new Map(Object.entries(current.secrets));
    applyChange(secretValues, "apiKey", apiKey);
    for (const [key, value] of Object.entries(extra)) {
      const field = manifest.fields.find((candidate) => candidate.key === key);
      if (field === undefined) throw new CovaltError("validation-failed", `${manifest.name} has no setting "${key}".`);
      applyChange(field.kind === "secret" ? secretValues : fieldValues, key, value);
    }
    const fields = Object.fromEntries(fieldValues);
    const secrets = Object.fromEntries(secretValues);
    const resolvedBaseUrl = baseUrl === null ? manifest.defaultBaseUrl : (baseUrl ?? current.record.baseUrl);
    validateInstance(manifest, resolvedBaseUrl, secrets, fields);
    this.store.update(
      id,
      { name: name ?? current.record.name, baseUrl: resolvedBaseUrl ?? "", fields, updatedAt: Date.now() },
      secrets,
    );
    this.#models.forget(id);
    return this.toInstance(this.requireRecord(id));
  }

  delete(id: string): void {
    if (!this.store.delete(id)) throw new CovaltError("not-found", `There is no provider ${id}.`);
    this.#models.forget(id);
  }

  async test(id: string): Promise<ProviderTestResult> {
    try {
      const models = await this.fetchModels(id);
      return { ok: true, modelCount: models.length };
    } catch (error) {
      if (isRunFailureError(error)) return { ok: false, error: { code: error.code, message: error.message } };
      throw error;
    }
  }

  /** Every provider's models; one failing provider shows its error without hiding the others. */
  async listModels(): Promise<ProviderModels[]> {
    return Promise.all(
      this.store.list().map(async (record) => {
        const entry = { providerId: record.id, providerName: record.name, catalogId: record.catalogId };
        try {
          return { ...entry, models: await this.#models.get(record.id, () => this.fetchModels(record.id)) };
        } catch (error) {
          if (!isRunFailureError(error)) throw error;
          return { ...entry, models: [], error: { code: error.code, message: error.message } };
        }
      }),
    );
  }

  private async fetchModels(id: string) {
    const provider = this.store.withSecrets(id);
    if (provider === undefined) throw new CovaltError("not-found", `There is no provider ${id}.`);
    return listProviderModels({
      manifest: this.manifestFor(provider.record),
      name: provider.record.name,
      baseUrl: provider.record.baseUrl,
      apiKey: provider.secrets.apiKey,
    });
  }

  private requireRecord(id: string): ProviderRecord {
    const record = this.store.get(id);
    if (record === undefined) throw new CovaltError("not-found", `There is no provider ${id}.`);
    return record;
  }

  private toInstance(record: ProviderRecord): ProviderInstance {
    const manifest = this.#catalog.get(record.catalogId);
    const secretKeys = [
      ...(manifest?.auth === "api-key" ? ["apiKey"] : []),
      ...(manifest?.fields.filter((field) => field.kind === "secret").map((field) => field.key) ?? []),
    ];
    return toProviderInstance(record, secretKeys);
  }
}

function splitFields(manifest: ProviderManifest, values: Record<string, string>) {
  const fields: Record<string, string> = {};
  const secrets: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) {
    if (reservedKeys.has(key)) continue;
    const field = manifest.fields.find((candidate) => candidate.key === key);
    if (field === undefined) throw new CovaltError("validation-failed", `${manifest.name} has no setting "${key}".`);
    if (value !== "") (field.kind === "secret" ? secrets : fields)[key] = value;
  }
  return { fields, secrets };
}

/** Absent keeps a value, null or empty clears it, anything else replaces it. */
function applyChange(target: Map<string, string>, key: string, value: string | null | undefined) {
  if (value === undefined) return;
  if (value === null || value === "") target.delete(key);
  else target.set(key, value);
}

function validateInstance(
  manifest: ProviderManifest,
  baseUrl: string | undefined,
  secrets: Record<string, string>,
  fields: Record<string, string>,
) {
  if (baseUrl === undefined || baseUrl === "") {
    throw new CovaltError("validation-failed", `${manifest.name} needs a base URL, e.g. http://127.0.0.1:8000/v1.`);
  }
  if (!/^https?:\/\//i.test(baseUrl)) {
    throw new CovaltError("validation-failed", "The base URL must start with http:// or https://.");
  }
  if (manifest.auth === "api-key" && manifest.apiKeyOptional !== true && secrets.apiKey === undefined) {
    throw new CovaltError("validation-failed", `${manifest.name} needs an API key.`);
  }
  for (const field of manifest.fields) {
    const present = field.kind === "secret" ? secrets[field.key] : fields[field.key];
    if (field.required && present === undefined) {
      throw new CovaltError("validation-failed", `${manifest.name} needs “${field.label}”.`);
    }
  }
}
