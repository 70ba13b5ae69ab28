import { useId, type InputHTMLAttributes, type ReactNode } from "react";
import { inputStyles } from "./input-styles.js";

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "className"> {
  label: string;
  /** Shown after the label, e.g. "Optional". */
  hint?: string;
  help?: ReactNode;
  error?: string | undefined;
  /** Placed at the end of the label row, e.g. a "Clear" action. */
  labelAction?: ReactNode;
}

/** A labelled input; help and error text are wired to it through aria-describedby. */
export function TextField({ label, hint, help, error, labelAction, ...inputProps }: TextFieldProps) {
  const id = useId();
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const describedBy = [help ? helpId : undefined, error ? errorId : undefined].filter(Boolean).join(" ");
  return (
    <div className="flex flex-col gap-1.5">
      <div className="flex items-baseline justify-between gap-3">
        <label htmlFor={id} className="text-[13px] font-medium text-fg">
          {label}
          {hint && <span className="ml-1.5 font-normal text-fg-subtle">{hint}</span>}
        </label>
        {labelAction}
      </div>
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        className={inputStyles()}
        {...inputProps}
      />
      {error && (
        <p id={errorId} className="text-[12.5px] text-danger-fg">
          {error}
        </p>
      )}
      {help && !error && (
        <p id={helpId} className="text-[12.5px] text-fg-muted">
          {help}
        </p>
      )}
    </div>
  );
}
