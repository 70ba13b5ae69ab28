import type { ProviderField, ProviderInstance, ProviderManifest } from "@covalt/contracts";
import { CircleAlert, ExternalLink } from "lucide-react";
import { useEffect, useRef, useState, type SyntheticEvent } from "react";
import { TextField } from "../../shared/ui/text-field.js";
import {
  apiKeyField,
  hasApiKey,
  initialFormValues,
  validateProviderForm,
  type ProviderFormErrors,
  type ProviderFormValues,
} from "./provider-form-model.js";

interface ProviderFormProps {
  /** The submit button lives in the dialog footer and points here through its `form` attribute. */
  formId: string;
  manifest: ProviderManifest;
  /** Present when editing. */
  instance?: ProviderInstance;
  /** The server's answer to the last submit (e.g. a 400 `validation-failed` message). */
  serverError?: string | undefined;
  onSubmit: (values: ProviderFormValues) => void;
}

/** Every input comes from the catalog entry: nothing about a particular provider is known here. */
export function ProviderForm({ formId, manifest, instance, serverError, onSubmit }: ProviderFormProps) {
  const [values, setValues] = useState(() => initialFormValues(manifest, instance));
  const [errors, setErrors] = useState<ProviderFormErrors>({});
  const serverErrorRef = useRef<HTMLDivElement>(null);

  // The form can be taller than the dialog; make sure a new server error is in view.
  useEffect(() => {
    if (serverError) serverErrorRef.current?.scrollIntoView({ block: "nearest", behavior: "smooth" });
  }, [serverError]);

  const update = (change: (current: ProviderFormValues) => ProviderFormValues, key: string) => {
    setValues(change);
    // A field the user is fixing should stop shouting at once.
    if (errors[key] !== undefined) setErrors(({ [key]: _fixed, ...rest }) => rest);
  };

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    const found = validateProviderForm(manifest, values, instance);
    setErrors(found);
    if (Object.keys(found).length === 0) onSubmit(values);
  };

  const secretInput = (key: string, label: string, required: boolean, help?: string) => {
    const stored = instance?.secrets[key]?.set === true;
    const cleared = values.cleared[key] === true;
    const canClear = stored && !required;
    return (
      <TextField
        key={key}
        label={label}
        hint={required ? undefined : "Optional"}
        type="password"
        autoComplete="off"
        spellCheck={false}
        data-testid={`provider-field-${key}`}
        value={values.secrets[key] ?? ""}
        placeholder={stored && !cleared ? "Set — enter a new key to replace" : cleared ? "Will be removed" : ""}
        error={errors[key]}
        help={help}
        labelAction={
          canClear && (
            <button
              type="button"
              className="text-[12px] font-medium text-fg-muted hover:text-fg"
              onClick={() => {
                update(
                  (current) => ({
                    ...current,
                    secrets: { ...current.secrets, [key]: "" },
                    cleared: { ...current.cleared, [key]: !cleared },
                  }),
                  key,
                );
              }}
            >
              {cleared ? "Keep stored value" : "Remove stored value"}
            </button>
          )
        }
        onChange={(event) => {
          const text = event.target.value;
          update((current) => ({ ...current, secrets: { ...current.secrets, [key]: text } }), key);
        }}
      />
    );
  };

  const plainInput = (field: ProviderField) => (
    <TextField
      key={field.key}
      label={field.label}
      hint={field.required ? undefined : "Optional"}
      type={field.kind === "url" ? "url" : "text"}
      spellCheck={false}
      data-testid={`provider-field-${field.key}`}
      value={values.fields[field.key] ?? ""}
      placeholder={field.placeholder}
      help={field.help}
      error={errors[field.key]}
      onChange={(event) => {
        const text = event.target.value;
        update((current) => ({ ...current, fields: { ...current.fields, [field.key]: text } }), field.key);
      }}
    />
  );

  const apiKeyRequired = manifest.auth === "api-key" && manifest.apiKeyOptional !== true;

  return (
    <form id={formId} noValidate onSubmit={submit} className="flex flex-col gap-4" data-testid="provider-form">
      {serverError && (
        <div
          ref={serverErrorRef}
          role="alert"
          data-testid="provider-form-error"
          className="flex gap-2 rounded-lg bg-danger-soft px-3 py-2.5 text-[13px] text-danger-fg"
        >
          <CircleAlert className="mt-0.5 size-4 shrink-0" aria-hidden="true" />
          {/* Server messages may list several problems, one per line. */}
          <p className="min-w-0 break-words whitespace-pre-line">{serverError}</p>
        </div>
      )}
      <TextField
        label="Name"
        maxLength={100}
        data-testid="provider-field-name"
        value={values.name}
        error={errors.name}
        help="How this provider appears in the model picker."
        onChange={(event) => {
          const text = event.target.value;
          update((current) => ({ ...current, name: text }), "name");
        }}
      />
      <TextField
        label="Base URL"
        hint={manifest.defaultBaseUrl === undefined ? undefined : "Optional"}
        type="url"
        spellCheck={false}
        data-testid="provider-field-baseUrl"
        value={values.baseUrl}
        placeholder={manifest.defaultBaseUrl ?? "http://localhost:8000/v1"}
        error={errors.baseUrl}
        help={
          manifest.defaultBaseUrl === undefined
            ? "The address of the server's API, usually ending in /v1."
            : "Change it only to go through a proxy or gateway."
        }
        onChange={(event) => {
          const text = event.target.value;
          update((current) => ({ ...current, baseUrl: text }), "baseUrl");
        }}
      />
      {hasApiKey(manifest) &&
        secretInput(
          apiKeyField,
          "API key",
          apiKeyRequired,
          manifest.apiKeyOptional === true ? "Only needed if the server asks for one." : undefined,
        )}
      {manifest.fields.map((field) =>
        field.kind === "secret" ? secretInput(field.key, field.label, field.required, field.help) : plainInput(field),
      )}
      {manifest.docsUrl && (
        <a
          href={manifest.docsUrl}
          target="_blank"
          rel="noreferrer"
          className="inline-flex items-center gap-1.5 self-start text-[12.5px] font-medium text-accent-fg hover:underline"
        >
          {manifest.name} documentation
          <ExternalLink className="size-3.5" aria-hidden="true" />
        </a>
      )}
    </form>
  );
}
