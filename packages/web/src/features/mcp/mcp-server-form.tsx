import { SegmentedControl } from "../../shared/ui/segmented-control.js";
import { TextField } from "../../shared/ui/text-field.js";
import { KeyValueRows } from "./key-value-rows.js";
import type { McpFormErrors, McpFormValues, TransportKind } from "./mcp-form-model.js";
import { McpStdioFields } from "./mcp-stdio-fields.js";

const kindOptions = [
  { value: "stdio", label: "Command (stdio)" },
  { value: "http", label: "URL (HTTP)" },
] as const;

interface McpServerFormProps {
  formId: string;
  values: McpFormValues;
  errors: McpFormErrors;
  /** Editing keeps the transport kind: a server does not change from a command into a URL. */
  kindLocked: boolean;
  onChange: (patch: Partial<McpFormValues>) => void;
  onSubmit: () => void;
}

export function McpServerForm({ formId, values, errors, kindLocked, onChange, onSubmit }: McpServerFormProps) {
  return (
    <form
      id={formId}
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      {!kindLocked && (
        <SegmentedControl<TransportKind>
          label="How Covalt reaches the server"
          options={kindOptions}
          value={values.kind}
          testIdPrefix="mcp-add"
          onChange={(kind) => {
            onChange({ kind });
          }}
        />
      )}
      <TextField
        label="Name"
        placeholder={values.kind === "stdio" ? "Filesystem" : "Linear"}
        autoFocus
        value={values.name}
        error={errors.name}
        data-testid="mcp-name"
        onChange={(event) => {
          onChange({ name: event.target.value });
        }}
      />
      {values.kind === "stdio" ? (
        <McpStdioFields values={values} errors={errors} onChange={onChange} />
      ) : (
        <>
          <TextField
            label="URL"
            type="url"
            placeholder="https://mcp.example.com/mcp"
            spellCheck={false}
            value={values.url}
            error={errors.url}
            help="A Streamable HTTP endpoint; older HTTP+SSE servers work too."
            data-testid="mcp-url"
            onChange={(event) => {
              onChange({ url: event.target.value });
            }}
          />
          <KeyValueRows
            label="Headers"
            noun="header"
            rows={values.headers}
            allSecret
            error={errors.headers}
            help="Header values usually carry tokens, so all of them are kept encrypted and never shown again."
            testIdPrefix="mcp-header"
            onChange={(headers) => {
              onChange({ headers });
            }}
          />
        </>
      )}
      <fieldset className="flex flex-col gap-2.5 border-t border-line pt-4">
        <legend className="sr-only">Options</legend>
        <Option
          testId="mcp-trusted"
          checked={values.trusted}
          label="Trust this server"
          help="Its tools run without asking you first. Only for servers you know well."
          onChange={(trusted) => {
            onChange({ trusted });
          }}
        />
        <Option
          testId="mcp-eager"
          checked={values.eager}
          label="Start when Covalt starts"
          help="Otherwise it starts the first time a chat uses it."
          onChange={(eager) => {
            onChange({ eager });
          }}
        />
      </fieldset>
    </form>
  );
}

interface OptionProps {
  testId: string;
  checked: boolean;
  label: string;
  help: string;
  onChange: (checked: boolean) => void;
}

function Option({ testId, checked, label, help, onChange }: OptionProps) {
  return (
    <label className="flex items-start gap-2.5">
      <input
        type="checkbox"
        checked={checked}
        data-testid={testId}
        onChange={(event) => {
          onChange(event.target.checked);
        }}
        className="mt-0.5 size-4 shrink-0 accent-(--color-accent)"
      />
      <span>
        <span className="block text-[13px] font-medium text-fg">{label}</span>
        <span className="block text-[12.5px] text-fg-muted">{help}</span>
      </span>
    </label>
  );
}
