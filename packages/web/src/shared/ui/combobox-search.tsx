import { Search } from "lucide-react";
import type { KeyboardEvent, Ref } from "react";

interface ComboboxSearchProps {
  /** Accessible name and placeholder, e.g. "Search tools". */
  label: string;
  testId: string;
  /** The listbox the input controls, and its active option (for screen readers). */
  listId: string;
  activeOptionId: string | undefined;
  value: string;
  onChange: (value: string) => void;
  onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
  inputRef?: Ref<HTMLInputElement>;
  autoFocus?: boolean;
}

/** The search box at the top of a picker popover (models, tools): a combobox driving a listbox below. */
export function ComboboxSearch({
  label,
  testId,
  listId,
  activeOptionId,
  value,
  onChange,
  onKeyDown,
  inputRef,
  autoFocus = false,
}: ComboboxSearchProps) {
  return (
    <div className="relative shrink-0 border-b border-line">
      <Search
        className="pointer-events-none absolute top-1/2 left-3.5 size-4 -translate-y-1/2 text-fg-subtle"
        aria-hidden="true"
      />
      <input
        ref={inputRef}
        autoFocus={autoFocus}
        type="text"
        role="combobox"
        aria-expanded={true}
        aria-controls={listId}
        aria-activedescendant={activeOptionId}
        aria-label={label}
        placeholder={label}
        spellCheck={false}
        data-testid={testId}
        className="h-11 w-full bg-transparent pr-3 pl-10 text-[13.5px] outline-none placeholder:text-fg-subtle"
        value={value}
        onChange={(event) => {
          onChange(event.target.value);
        }}
        onKeyDown={onKeyDown}
      />
    </div>
  );
}
