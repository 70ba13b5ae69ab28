import { useId, type ReactNode } from "react";
import { classNames } from "./class-names.js";

export interface SegmentedOption<Value extends string> {
  value: Value;
  label: string;
  icon?: ReactNode;
}

interface SegmentedControlProps<Value extends string> {
  label: string;
  options: readonly SegmentedOption<Value>[];
  value: Value;
  onChange: (value: Value) => void;
  testIdPrefix?: string;
}

/**
 * A radio group drawn as segments. Native radio inputs give arrow-key navigation and
 * screen-reader semantics for free; only their look is replaced.
 */
export function SegmentedControl<Value extends string>({
  label,
  options,
  value,
  onChange,
  testIdPrefix,
}: SegmentedControlProps<Value>) {
  const name = useId();
  return (
    <div role="radiogroup" aria-label={label} className="inline-flex gap-0.5 rounded-[10px] bg-hover p-0.5">
      {options.map((option) => (
        <label key={option.value} className="relative">
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={option.value === value}
            onChange={() => {
              onChange(option.value);
            }}
            className="peer sr-only"
            data-testid={testIdPrefix ? `${testIdPrefix}-${option.value}` : undefined}
          />
          <span
            className={classNames(
              "flex h-7 cursor-pointer items-center gap-1.5 rounded-lg px-3 text-[13px] font-medium text-fg-muted",
              "transition-colors duration-150 select-none hover:text-fg [&_svg]:size-3.5",
              "peer-checked:bg-card peer-checked:text-fg peer-checked:shadow-card dark:peer-checked:bg-line-strong",
              "peer-focus-visible:outline-2 peer-focus-visible:outline-offset-1 peer-focus-visible:outline-focus",
            )}
          >
            {option.icon}
            {option.label}
          </span>
        </label>
      ))}
    </div>
  );
}
