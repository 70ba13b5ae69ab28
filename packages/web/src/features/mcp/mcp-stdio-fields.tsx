import { useId } from "react";
import { classNames } from "../../shared/ui/class-names.js";
import { inputStyles } from "../../shared/ui/input-styles.js";
import { TextField } from "../../shared/ui/text-field.js";
import { splitArguments } from "./command-line.js";
import { KeyValueRows } from "./key-value-rows.js";
import type { McpFormErrors, McpFormValues } from "./mcp-form-model.js";

interface McpStdioFieldsProps {
  values: McpFormValues;
  errors: McpFormErrors;
  onChange: (patch: Partial<McpFormValues>) => void;
}

/** Command, arguments (with a preview of how they split), environment and working folder. */
export function McpStdioFields({ values, errors, onChange }: McpStdioFieldsProps) {
  const argsId = useId();
  const split = splitArguments(values.argsText);
  const argsError = errors.args ?? (split.ok ? undefined : split.error);
  return (
    <>
      <TextField
        label="Command"
        placeholder="npx"
        spellCheck={false}
        autoComplete="off"
        value={values.command}
        error={errors.command}
        help="The program to run: npx, uvx, node, docker or a full path."
        data-testid="mcp-command"
        onChange={(event) => {
          onChange({ command: event.target.value });
        }}
      />
      <div className="flex flex-col gap-1.5">
        <label htmlFor={argsId} className="text-[13px] font-medium text-fg">
          Arguments
        </label>
        <textarea
          id={argsId}
          rows={3}
          spellCheck={false}
          placeholder={"-y @modelcontextprotocol/server-filesystem ~/Documents"}
          value={values.argsText}
          aria-invalid={argsError ? true : undefined}
          data-testid="mcp-args"
          onChange={(event) => {
            onChange({ argsText: event.target.value });
          }}
          className={inputStyles("h-auto resize-y py-1.5 font-mono text-[12.5px] leading-relaxed")}
        />
        {argsError ? (
          <p className="text-[12.5px] text-danger-fg">{argsError}</p>
        ) : (
          <p className="text-[12.5px] text-fg-muted">
            One per line, or on one line separated by spaces (quote an argument that contains spaces).
          </p>
        )}
        {split.ok && split.args.length > 0 && (
          <ol
            aria-label="Arguments as they will be passed"
            className="flex flex-wrap gap-1"
            data-testid="mcp-args-preview"
          >
            {split.args.map((arg, index) => (
              <li
                key={index}
                className={classNames(
                  "max-w-full truncate rounded-md border border-line bg-hover px-1.5 py-px font-mono text-[11.5px] text-fg",
                  arg === "" && "text-fg-subtle italic",
                )}
              >
                {arg === "" ? "(empty)" : arg}
              </li>
            ))}
          </ol>
        )}
      </div>
      <KeyValueRows
        label="Environment variables"
        noun="variable"
        rows={values.env}
        error={errors.env}
        help="Mark keys and tokens as secret: they are kept encrypted and never shown again."
        testIdPrefix="mcp-env"
        onChange={(env) => {
          onChange({ env });
        }}
      />
      <TextField
        label="Working folder"
        hint="Optional"
        placeholder="/home/me/projects/server"
        spellCheck={false}
        value={values.cwd}
        data-testid="mcp-cwd"
        onChange={(event) => {
          onChange({ cwd: event.target.value });
        }}
      />
    </>
  );
}
