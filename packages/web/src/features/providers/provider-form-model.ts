import type {
  CreateProviderRequest,
  ProviderInstance,
  ProviderManifest,
  UpdateProviderRequest,
} from "@covalt/contracts";

/** The secret every provider with auth has; other secrets come from the manifest's fields. */
export const apiKeyField = "apiKey";

export interface ProviderFormValues {
  name: string;
  baseUrl: string;
  /** Non-secret extra fields, by field key. */
  fields: Record<string, string>;
  /** What the user typed into secret inputs; empty means "keep what is stored" when editing. */
  secrets: Record<string, string>;
  /** Stored secrets the user asked to remove. */
  cleared: Record<string, boolean>;
}

export type ProviderFormErrors = Partial<Record<string, string>>;

export function hasApiKey(manifest: ProviderManifest): boolean {
  return manifest.auth !== "none";
}

export function secretKeys(manifest: ProviderManifest): string[] {
  const extra = manifest.fields.filter((field) => field.kind === "secret").map((field) => field.key);
  return hasApiKey(manifest) ? [apiKeyField, ...extra] : extra;
}

export function initialFormValues(manifest: ProviderManifest, instance?: ProviderInstance): ProviderFormValues {
  const fields: Record<string, string> = {};
  for (const field of manifest.fields) {
    if (field.kind !== "secret") fields[field.key] = instance?.fields[field.key] ?? "";
  }
  return {
    name: instance?.name ?? manifest.name,
    baseUrl: instance?.baseUrl ?? manifest.defaultBaseUrl ?? "",
    fields,
    secrets: Object.fromEntries(secretKeys(manifest).map((key) => [key, ""])),
    cleared: {},
  };
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

const urlMessage = "Enter a full URL, starting with http:// or https://.";

/**
 * Checks what the browser can check before asking the server (which validates again). Editing
 * accepts an empty secret input when a value is already stored: empty means "keep it".
 */
export function validateProviderForm(
  manifest: ProviderManifest,
  values: ProviderFormValues,
  instance?: ProviderInstance,
): ProviderFormErrors {
  const errors: ProviderFormErrors = {};
  if (values.name.trim() === "") errors.name = "Give this provider a name.";

  const baseUrl = values.baseUrl.trim();
  if (baseUrl === "" && manifest.defaultBaseUrl === undefined) errors.baseUrl = "This provider needs a base URL.";
  else if (baseUrl !== "" && !isHttpUrl(baseUrl)) errors.baseUrl = urlMessage;

  const secretIsMissing = (key: string) => {
    if ((values.secrets[key] ?? "").trim() !== "") return false;
    const stored = instance?.secrets[key]?.set === true && values.cleared[key] !== true;
    return !stored;
  };
  if (manifest.auth === "api-key" && manifest.apiKeyOptional !== true && secretIsMissing(apiKeyField)) {
    errors[apiKeyField] = "Enter the API key.";
  }

  for (const field of manifest.fields) {
    if (field.kind === "secret") {
      if (field.required && secretIsMissing(field.key)) errors[field.key] = `Enter the ${field.label.toLowerCase()}.`;
      continue;
    }
    const value = (values.fields[field.key] ?? "").trim();
    if (field.required && value === "") errors[field.key] = `Enter the ${field.label.toLowerCase()}.`;
    else if (field.kind === "url" && value !== "" && !isHttpUrl(value)) errors[field.key] = urlMessage;
  }
  return errors;
}

export function createProviderRequest(manifest: ProviderManifest, values: ProviderFormValues): CreateProviderRequest {
  const request: CreateProviderRequest = { catalogId: manifest.id, name: values.name.trim() };
  const baseUrl = values.baseUrl.trim();
  // Leaving the default out lets a later catalog update move the endpoint for the user.
  if (baseUrl !== "" && baseUrl !== manifest.defaultBaseUrl) request.baseUrl = baseUrl;
  for (const key of secretKeys(manifest)) {
    const secret = (values.secrets[key] ?? "").trim();
    if (secret !== "") request[key] = secret;
  }
  for (const [key, value] of Object.entries(values.fields)) {
    if (value.trim() !== "") request[key] = value.trim();
  }
  return request;
}

/** Only what changed: absent keeps the stored value, `null` clears it (the PATCH contract). */
export function updateProviderRequest(
  manifest: ProviderManifest,
  instance: ProviderInstance,
  values: ProviderFormValues,
): UpdateProviderRequest {
  const request: UpdateProviderRequest = {};
  const name = values.name.trim();
  if (name !== instance.name) request.name = name;

  const baseUrl = values.baseUrl.trim();
  if (baseUrl !== instance.baseUrl) request.baseUrl = baseUrl === "" ? null : baseUrl;

  for (const key of secretKeys(manifest)) {
    const secret = (values.secrets[key] ?? "").trim();
    if (secret !== "") request[key] = secret;
    else if (values.cleared[key] === true && instance.secrets[key]?.set === true) request[key] = null;
  }
  for (const [key, raw] of Object.entries(values.fields)) {
    const value = raw.trim();
    if (value !== (instance.fields[key] ?? "")) request[key] = value === "" ? null : value;
  }
  return request;
}
