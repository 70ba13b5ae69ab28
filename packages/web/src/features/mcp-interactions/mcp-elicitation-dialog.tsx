import { apiRoutes, type McpElicitationContent, type McpInteraction } from "@covalt/contracts";
import { useId, useMemo, useState } from "react";
import { callApi } from "../../shared/api/call-api.js";
import { errorMessage } from "../../shared/api/error-message.js";
import { Button } from "../../shared/ui/button.js";
import { Dialog } from "../../shared/ui/dialog.js";
import { inputStyles } from "../../shared/ui/input-styles.js";
import {
  contentOf,
  type FieldDescriptor,
  fieldsOf,
  type FormValue,
  type FormValues,
  initialValues,
} from "./elicitation-form.js";

interface Props {
  interaction: McpInteraction;
  /** Called once the server accepted the answer (the request is finished). */
  onDone: (requestId: string) => void;
}

const inputTypes: Partial<Record<FieldDescriptor["kind"], string>> = {
  email: "email",
  url: "url",
  date: "date",
  "date-time": "datetime-local",
  number: "number",
  integer: "number",
};

/** An MCP server asks the user for input: its schema as a form, answered Accept, Decline or Cancel. */
export function McpElicitationDialog({ interaction, onDone }: Props) {
  const schema = useMemo(
    () => interaction.requestedSchema ?? { type: "object" as const, properties: {} },
    [interaction.requestedSchema],
  );
  const fields = useMemo(() => fieldsOf(schema), [schema]);
  const [values, setValues] = useState<FormValues>(() => initialValues(schema));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string>();
  const [pending, setPending] = useState(false);
  const formId = useId();

  async function send(action: "accept" | "decline" | "cancel", content?: McpElicitationContent) {
    setPending(true);
    setFailure(undefined);
    try {
      await callApi(apiRoutes.answerMcpInteraction, {
        params: { requestId: interaction.requestId },
        body: { action, ...(content === undefined ? {} : { content }) },
      });
      onDone(interaction.requestId);
    } catch (error) {
      setFailure(errorMessage(error));
    } finally {
      setPending(false);
    }
  }

  function accept() {
    const result = contentOf(fields, values);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    void send("accept", result.content);
  }

  const set = (name: string, value: FormValue) => setValues((current) => ({ ...current, [name]: value }));

  return (
    <Dialog
      open
      onClose={() => void send("cancel")}
      title={`${interaction.serverName} asks for input`}
      description={interaction.message}
      testId="mcp-elicitation-dialog"
      footer={
        <>
          <Button
            variant="ghost"
            size="sm"
            disabled={pending}
            onClick={() => void send("cancel")}
            data-testid="mcp-elicitation-cancel"
          >
            Cancel
          </Button>
          <Button
            variant="secondary"
            size="sm"
            disabled={pending}
            onClick={() => void send("decline")}
            data-testid="mcp-elicitation-decline"
          >
            Decline
          </Button>
          <Button
            type="submit"
            form={formId}
            variant="primary"
            size="sm"
            disabled={pending}
            data-testid="mcp-elicitation-accept"
          >
            {pending ? "Sending…" : "Accept"}
          </Button>
        </>
      }
    >
      <form
        id={formId}
        noValidate
        className="flex flex-col gap-4"
        onSubmit={(event) => {
          event.preventDefault();
          accept();
        }}
      >
        <p className="text-[12.5px] text-fg-muted">
          Only share what you want this MCP server to receive.
          {interaction.chatId === undefined ? "" : " It asked while a chat was using one of its tools."}
        </p>
        {fields.map((field) => (
          <Field
            key={field.name}
            field={field}
            value={values[field.name]}
            error={errors[field.name]}
            onChange={(value) => set(field.name, value)}
          />
        ))}
        {failure !== undefined && (
          <p role="alert" className="text-[12.5px] text-danger-fg">
            {failure}
          </p>
        )}
      </form>
    </Dialog>
  );
}

function Field({
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
    <label htmlFor={id} className="text-[13px] font-medium text-fg">
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
      <div id={id} role="group" aria-describedby={describedBy} data-testid={testId} className="flex flex-wrap gap-3">
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
