import type { McpPrompt } from "@covalt/contracts";
import { X } from "lucide-react";
import { useEffect, useId, useRef } from "react";
import { Button } from "../../shared/ui/button.js";
import { IconButton } from "../../shared/ui/icon-button.js";
import { inputStyles } from "../../shared/ui/input-styles.js";
import { Spinner } from "../../shared/ui/spinner.js";
import { promptArguments } from "./prompt-arguments.js";

interface McpPromptFormProps {
  prompt: McpPrompt;
  serverName: string;
  values: Readonly<Record<string, string>>;
  errors: Readonly<Record<string, string>>;
  busy: boolean;
  onChange: (name: string, value: string) => void;
  onSubmit: () => void;
  onCancel: () => void;
}

/**
 * A prompt's arguments, inside the composer card. Not a <form>: the composer already is one, and
 * forms do not nest; Enter in a field submits, Escape goes back to the text.
 */
export function McpPromptForm({
  prompt,
  serverName,
  values,
  errors,
  busy,
  onChange,
  onSubmit,
  onCancel,
}: McpPromptFormProps) {
  const id = useId();
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => {
    first.current?.focus();
  }, []);

  return (
    <div
      data-testid="mcp-prompt-form"
      role="group"
      aria-label={`Arguments of /${prompt.name}`}
      className="mx-3 mt-3 animate-appear rounded-xl border border-line bg-canvas p-3"
      onKeyDown={(event) => {
        if (event.nativeEvent.isComposing) return;
        if (event.key === "Escape") {
          event.preventDefault();
          event.stopPropagation();
          onCancel();
        } else if (event.key === "Enter" && !event.shiftKey && event.target instanceof HTMLInputElement) {
          event.preventDefault();
          if (!busy) onSubmit();
        }
      }}
    >
      <div className="mb-2.5 flex items-start gap-2">
        <div className="min-w-0 flex-1">
          <div className="truncate font-mono text-[12.5px] text-fg">
            /{prompt.name} <span className="font-sans text-fg-subtle">· {serverName}</span>
          </div>
          {prompt.description && <p className="mt-0.5 text-[12px] text-fg-muted">{prompt.description}</p>}
        </div>
        <IconButton label="Cancel" size="xs" onClick={onCancel}>
          <X aria-hidden="true" />
        </IconButton>
      </div>
      <div className="flex flex-col gap-2">
        {promptArguments(prompt).map((argument, index) => {
          const fieldId = `${id}-${String(index)}`;
          const error = errors[argument.name];
          return (
            <div key={argument.name} className="flex flex-col gap-1">
              <label htmlFor={fieldId} className="text-[12.5px] font-medium text-fg">
                {argument.name}
                {argument.required === true ? (
                  <span className="ml-0.5 text-danger-fg" aria-label="required" title="Required">
                    *
                  </span>
                ) : (
                  <span className="ml-1.5 font-normal text-fg-subtle">Optional</span>
                )}
              </label>
              <input
                ref={index === 0 ? first : undefined}
                id={fieldId}
                data-testid={`mcp-prompt-arg-${argument.name}`}
                value={values[argument.name] ?? ""}
                required={argument.required === true}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${fieldId}-error` : undefined}
                placeholder={argument.description}
                disabled={busy}
                onChange={(event) => {
                  onChange(argument.name, event.target.value);
                }}
                className={inputStyles("h-8 text-[13px]")}
              />
              {error && (
                <p id={`${fieldId}-error`} className="text-[12px] text-danger-fg">
                  {error}
                </p>
              )}
            </div>
          );
        })}
      </div>
      <div className="mt-3 flex items-center justify-end gap-2">
        <Button variant="ghost" size="xs" onClick={onCancel}>
          Cancel
        </Button>
        <Button variant="primary" size="xs" data-testid="mcp-prompt-submit" disabled={busy} onClick={onSubmit}>
          {busy && <Spinner />}
          Insert prompt
        </Button>
      </div>
    </div>
  );
}
