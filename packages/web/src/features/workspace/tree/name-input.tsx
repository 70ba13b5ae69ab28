import { useState } from "react";
import { classNames } from "../../../shared/ui/class-names.js";
import { nameProblem } from "../workspace-paths.js";

interface NameInputProps {
  initial: string;
  label: string;
  onSubmit: (name: string) => void;
  onCancel: () => void;
  testId?: string;
}

/**
 * A name typed in place (rename, new file, new folder). Enter commits, Escape or leaving the
 * field cancels: a half-typed name should not become a file because focus moved elsewhere.
 */
export function NameInput({ initial, label, onSubmit, onCancel, testId }: NameInputProps) {
  const [value, setValue] = useState(initial);
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <span className="flex min-w-0 flex-1 flex-col">
      <input
        aria-label={label}
        aria-invalid={problem !== null}
        data-testid={testId}
        value={value}
        autoFocus
        spellCheck={false}
        onFocus={(event) => {
          // Select the name without its extension, as file managers do.
          const dot = initial.lastIndexOf(".");
          event.currentTarget.setSelectionRange(0, dot > 0 ? dot : initial.length);
        }}
        onChange={(event) => {
          setValue(event.target.value);
          setProblem(null);
        }}
        onKeyDown={(event) => {
          event.stopPropagation();
          if (event.key === "Escape") onCancel();
          if (event.key !== "Enter") return;
          const found = nameProblem(value);
          if (found) setProblem(found);
          else onSubmit(value.trim());
        }}
        onBlur={onCancel}
        className={classNames(
          "h-6 w-full min-w-0 rounded-md border border-focus bg-canvas px-1.5 font-mono text-[12.5px] text-fg outline-none",
          problem !== null && "border-danger-fg",
        )}
      />
      {problem && <span className="mt-0.5 text-[11.5px] text-danger-fg">{problem}</span>}
    </span>
  );
}
