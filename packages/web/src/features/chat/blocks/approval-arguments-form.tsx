import { useId, useRef } from "react";
import { classNames } from "../../../shared/ui/class-names.js";
import { inputStyles } from "../../../shared/ui/input-styles.js";
import { useAutosize } from "../composer/use-autosize.js";
import { type ArgumentField, fieldError } from "./approval-fields.js";

const textareaMaxHeight = 280;

function AutosizeTextarea({
  value,
  monospace,
  invalid,
  onChange,
  ...rest
}: {
  id: string;
  value: string;
  monospace: boolean;
  invalid: boolean;
  onChange: (value: string) => void;
  "aria-describedby": string | undefined;
  "data-testid": string;
  disabled: boolean;
}) {
  const ref = useRef<HTMLTextAreaElement>(null);
  useAutosize(ref, value, textareaMaxHeight);
  return (
    <textarea
      ref={ref}
      rows={1}
      value={value}
      spellCheck={!monospace}
      aria-invalid={invalid || undefined}
      onChange={(event) => {
        onChange(event.target.value);
      }}
      className={inputStyles(
        classNames("h-auto resize-none py-1.5 leading-relaxed", monospace && "font-mono text-[12.5px]"),
      )}
      {...rest}
    />
  );
}

function FieldControl({ field, onChange, disabled }: FieldProps) {
  const id = useId();
  const error = fieldError(field);
  const errorId = `${id}-error`;
  const testId = `approval-field-${field.name}`;
  const describedBy = error === undefined ? undefined : errorId;
  const label = (
    <label htmlFor={id} className="flex items-baseline gap-1.5 font-mono text-[12px] font-medium text-fg-muted">
      {field.name}
      {field.required === true && (
        <span className="font-sans text-[11px] font-normal text-fg-subtle" title="The tool needs this argument">
          required
        </span>
      )}
    </label>
  );
  const hint = field.description !== undefined && (
    <p id={`${id}-hint`} className="text-[11.5px] text-fg-subtle">
      {field.description}
    </p>
  );
  let control;
  switch (field.kind) {
    case "boolean":
      return (
        <div className="flex items-center gap-2">
          <input
            id={id}
            type="checkbox"
            checked={field.value}
            disabled={disabled}
            data-testid={testId}
            onChange={(event) => {
              onChange({ ...field, value: event.target.checked });
            }}
            className="size-4 accent-(--color-accent)"
          />
          {label}
          {hint}
        </div>
      );
    case "choice":
      control = (
        <select
          id={id}
          value={field.value}
          disabled={disabled}
          data-testid={testId}
          onChange={(event) => {
            onChange({ ...field, value: event.target.value });
          }}
          className={inputStyles("h-8 max-w-64 font-mono text-[12.5px]")}
        >
          {field.optionalEmpty === true && <option value="">(not set)</option>}
          {field.options.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      );
      break;
    case "number":
      control = (
        <input
          id={id}
          type="number"
          inputMode="decimal"
          value={field.value}
          disabled={disabled}
          data-testid={testId}
          aria-invalid={error !== undefined || undefined}
          aria-describedby={describedBy}
          onChange={(event) => {
            onChange({ ...field, value: event.target.value });
          }}
          className={inputStyles("h-8 max-w-48 font-mono text-[12.5px]")}
        />
      );
      break;
    case "text":
    case "json":
      control = (
        <AutosizeTextarea
          id={id}
          value={field.value}
          monospace={field.kind === "json" || field.multiline}
          invalid={error !== undefined}
          disabled={disabled}
          data-testid={testId}
          aria-describedby={describedBy}
          onChange={(value) => {
            onChange({ ...field, value });
          }}
        />
      );
      break;
  }
  return (
    <div className="flex flex-col gap-1">
      {label}
      {hint}
      {control}
      {error !== undefined && (
        <p id={errorId} className="text-[12px] text-danger-fg">
          {error}
        </p>
      )}
    </div>
  );
}

interface FieldProps {
  field: ArgumentField;
  onChange: (field: ArgumentField) => void;
  disabled: boolean;
}

/** The call's arguments as a form; what the user changes here replaces the model's arguments. */
export function ApprovalArgumentsForm({
  fields,
  onChange,
  disabled,
}: {
  fields: readonly ArgumentField[];
  onChange: (fields: ArgumentField[]) => void;
  disabled: boolean;
}) {
  return (
    <fieldset disabled={disabled} className="flex flex-col gap-3">
      <legend className="sr-only">Arguments</legend>
      {fields.map((field, index) => (
        <FieldControl
          key={field.name}
          field={field}
          disabled={disabled}
          onChange={(next) => {
            onChange(fields.map((current, position) => (position === index ? next : current)));
          }}
        />
      ))}
    </fieldset>
  );
}
