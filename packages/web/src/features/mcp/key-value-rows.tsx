import { Plus, X } from "lucide-react";
import { Button } from "../../shared/ui/button.js";
import { IconButton } from "../../shared/ui/icon-button.js";
import { inputStyles } from "../../shared/ui/input-styles.js";
import { newRow, type KeyValueRow } from "./mcp-form-model.js";

interface KeyValueRowsProps {
  label: string;
  /** "variable" or "header", for labels and the add button. */
  noun: string;
  rows: KeyValueRow[];
  onChange: (rows: KeyValueRow[]) => void;
  /** Every value is secret (headers); otherwise each row has a "secret" checkbox. */
  allSecret?: boolean;
  error?: string | undefined;
  help?: string;
  testIdPrefix: string;
}

/** Name/value rows; secret values are typed into password fields and never shown back. */
export function KeyValueRows({
  label,
  noun,
  rows,
  onChange,
  allSecret = false,
  error,
  help,
  testIdPrefix,
}: KeyValueRowsProps) {
  const update = (id: string, patch: Partial<KeyValueRow>) => {
    onChange(rows.map((row) => (row.id === id ? { ...row, ...patch } : row)));
  };
  return (
    <fieldset className="flex flex-col gap-1.5">
      <legend className="mb-1.5 text-[13px] font-medium text-fg">{label}</legend>
      {rows.map((row, index) => {
        const secret = allSecret || row.secret;
        const kept = secret && row.storedKey !== undefined && row.storedKey === row.key.trim();
        return (
          <div key={row.id} className="flex items-center gap-2" data-testid={`${testIdPrefix}-row`}>
            <input
              aria-label={`Name of ${noun} ${String(index + 1)}`}
              placeholder="NAME"
              spellCheck={false}
              value={row.key}
              data-testid={`${testIdPrefix}-key-${String(index)}`}
              onChange={(event) => {
                update(row.id, { key: event.target.value });
              }}
              className={inputStyles("h-8 min-w-0 flex-1 font-mono text-[12.5px]")}
            />
            <input
              aria-label={`Value of ${row.key || `${noun} ${String(index + 1)}`}`}
              type={secret ? "password" : "text"}
              autoComplete="off"
              placeholder={kept ? "Stored — leave empty to keep" : "value"}
              spellCheck={false}
              value={row.value}
              data-testid={`${testIdPrefix}-value-${String(index)}`}
              onChange={(event) => {
                update(row.id, { value: event.target.value });
              }}
              className={inputStyles("h-8 min-w-0 flex-[1.4] font-mono text-[12.5px]")}
            />
            {!allSecret && (
              <label className="flex shrink-0 items-center gap-1.5 text-[12px] text-fg-muted">
                <input
                  type="checkbox"
                  checked={row.secret}
                  data-testid={`${testIdPrefix}-secret-${String(index)}`}
                  onChange={(event) => {
                    update(row.id, { secret: event.target.checked });
                  }}
                  className="size-3.5 accent-(--color-accent)"
                />
                Secret
              </label>
            )}
            <IconButton
              label={`Remove ${row.key || noun}`}
              size="xs"
              onClick={() => {
                onChange(rows.filter((item) => item.id !== row.id));
              }}
            >
              <X aria-hidden="true" />
            </IconButton>
          </div>
        );
      })}
      <div>
        <Button
          size="xs"
          variant="ghost"
          data-testid={`${testIdPrefix}-add`}
          onClick={() => {
            onChange([...rows, newRow(allSecret)]);
          }}
        >
          <Plus aria-hidden="true" />
          Add {noun}
        </Button>
      </div>
      {error ? (
        <p className="text-[12.5px] text-danger-fg">{error}</p>
      ) : (
        help && <p className="text-[12.5px] text-fg-muted">{help}</p>
      )}
    </fieldset>
  );
}
