import type { ProviderInstance, ProviderManifest } from "@covalt/contracts";
import { describe, expect, it } from "vitest";
import {
  createProviderRequest,
  initialFormValues,
  updateProviderRequest,
  validateProviderForm,
} from "./provider-form-model.js";

const hosted: ProviderManifest = {
  id: "acme",
  name: "Acme AI",
  icon: "<svg/>",
  adapter: "openai",
  defaultBaseUrl: "https://api.acme.test/v1",
  auth: "api-key",
  fields: [
    { key: "organization", label: "Organization", kind: "text", required: false },
    { key: "projectToken", label: "Project token", kind: "secret", required: false },
  ],
  models: { listing: "openai" },
};

const generic: ProviderManifest = {
  id: "compatible",
  name: "OpenAI-compatible",
  icon: "<svg/>",
  adapter: "openai-compatible",
  auth: "api-key",
  apiKeyOptional: true,
  fields: [],
  models: { listing: "openai" },
};

const instance: ProviderInstance = {
  id: "prov_0123456789",
  catalogId: "acme",
  name: "Acme AI",
  baseUrl: "https://api.acme.test/v1",
  fields: { organization: "org-1" },
  secrets: { apiKey: { set: true }, projectToken: { set: true } },
  createdAt: 1,
  updatedAt: 1,
};

describe("provider form", () => {
  it("prefills a new provider from the catalog entry", () => {
    expect(initialFormValues(hosted)).toEqual({
      name: "Acme AI",
      baseUrl: "https://api.acme.test/v1",
      fields: { organization: "" },
      secrets: { apiKey: "", projectToken: "" },
      cleared: {},
    });
  });

  it("requires a key unless the manifest makes it optional, and a base URL when there is no default", () => {
    expect(validateProviderForm(hosted, initialFormValues(hosted))).toEqual({ apiKey: "Enter the API key." });
    expect(validateProviderForm(generic, initialFormValues(generic))).toEqual({
      baseUrl: "This provider needs a base URL.",
    });
    const values = { ...initialFormValues(generic), baseUrl: "localhost:4010" };
    expect(validateProviderForm(generic, values).baseUrl).toMatch(/http/);
  });

  it("accepts an empty key when editing a provider whose key is stored, unless it was cleared", () => {
    const values = initialFormValues(hosted, instance);
    expect(validateProviderForm(hosted, values, instance)).toEqual({});
    expect(validateProviderForm(hosted, { ...values, cleared: { apiKey: true } }, instance)).toEqual({
      apiKey: "Enter the API key.",
    });
  });

  it("creates with trimmed values, leaving out the default base URL and empty fields", () => {
    const values = { ...initialFormValues(hosted), name: " Work ", secrets: { apiKey: " sk-1 ", projectToken: "" } };
    expect(createProviderRequest(hosted, values)).toEqual({ catalogId: "acme", name: "Work", apiKey: "sk-1" });
    const custom = { ...initialFormValues(generic), baseUrl: "http://127.0.0.1:4010/v1" };
    expect(createProviderRequest(generic, custom)).toEqual({
      catalogId: "compatible",
      name: "OpenAI-compatible",
      baseUrl: "http://127.0.0.1:4010/v1",
    });
  });

  it("updates only what changed: an untouched secret is not sent, a cleared one is null", () => {
    const values = initialFormValues(hosted, instance);
    expect(updateProviderRequest(hosted, instance, values)).toEqual({});
    expect(
      updateProviderRequest(hosted, instance, {
        ...values,
        name: "Acme (work)",
        fields: { organization: "" },
        secrets: { apiKey: "sk-new", projectToken: "" },
        cleared: { projectToken: true },
      }),
    ).toEqual({ name: "Acme (work)", organization: null, apiKey: "sk-new", projectToken: null });
  });
});
