import { useId } from "react";
import { inputStyles } from "../../shared/ui/input-styles.js";
import type { FieldDescriptor, FormValue } from "./elicitation-form.js";

const inputTypes: Partial<Record<FieldDescriptor["kind"], string>> = {
  email: "email",
  url: "url",
  date: "date",
  "date-time": "datetime-local",
  number: "number",
  integer: "number",
};

/** One control of an elicitation form, with its label, help text and error. */
export function ElicitationField({
  field,
  value,
  error,
  onChange,
}: {
  field: FieldDescriptor;
  value: FormValue | undefined;
  error: string | undefined;
  onChange: (value: FormValue) => void;
}) {
  const id = useId();
  const testId = `mcp-elicitation-field-${field.name}`;
  const describedBy =
    error === undefined ? (field.description === undefined ? undefined : `${id}-help`) : `${id}-error`;
  const label = (
    <label id={`${id}-label`} htmlFor={id} className="text-[13px] font-medium text-fg">
      {field.label}
      {field.required ? (
        <span className="ml-1 text-danger-fg">*</span>
      ) : (
        <span className="ml-1.5 font-normal text-fg-subtle">Optional</span>
      )}
    </label>
  );
  let control;
  if (field.kind === "boolean") {
    control = (
      <input
        id={id}
        type="checkbox"
        className="size-4 accent-current"
        checked={value === true}
        aria-describedby={describedBy}
        data-testid={testId}
        onChange={(event) => onChange(event.target.checked)}
      />
    );
  } else if (field.kind === "select") {
    control = (
      <select
        id={id}
        className={inputStyles()}
        value={typeof value === "string" ? value : ""}
        aria-invalid={error === undefined ? undefined : true}
        aria-describedby={describedBy}
        data-testid={testId}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">{field.required ? "Choose…" : "None"}</option>
        {field.options?.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    );
  } else if (field.kind === "multi-select") {
    const selected = Array.isArray(value) ? value : [];
    control = (
      <div
        id={id}
        role="group"
        // A <label> cannot name a group, so the group points back at it.
        aria-labelledby={`${id}-label`}
        aria-describedby={describedBy}
        data-testid={testId}
        className="flex flex-wrap gap-x-3 gap-y-1.5"
      >
        {field.options?.map((option) => (
          <label key={option.value} className="flex items-center gap-1.5 text-[13px]">
            <input
              type="checkbox"
              checked={selected.includes(option.value)}
              onChange={(event) =>
                onChange(
                  event.target.checked
                    ? [...selected, option.value]
                    : selected.filter((entry) => entry !== option.value),
                )
              }
            />
            {option.label}
          </label>
        ))}
      </div>
    );
  } else {
    control = (
      <input
        id={id}
        type={inputTypes[field.kind] ?? "text"}
        step={field.kind === "integer" ? 1 : field.kind === "number" ? "any" : undefined}
        min={field.minimum}
        max={field.maximum}
        className={inputStyles()}
        value={typeof value === "string" ? value : ""}
        aria-invalid={error === undefined ? undefined : true}
        aria-describedby={describedBy}
        data-testid={testId}
        onChange={(event) => onChange(event.target.value)}
      />
    );
  }
  return (
    <div className="flex flex-col gap-1.5">
      {field.kind === "boolean" ? (
        <div className="flex items-center gap-2">
          {control}
          {label}
        </div>
      ) : (
        <>
          {label}
          {control}
        </>
      )}
      {error !== undefined && (
        <p id={`${id}-error`} className="text-[12.5px] text-danger-fg">
          {error}
        </p>
      )}
      {error === undefined && field.description !== undefined && (
        <p id={`${id}-help`} className="text-[12.5px] text-fg-muted">
          {field.description}
        </p>
      )}
    </div>
  );
}
