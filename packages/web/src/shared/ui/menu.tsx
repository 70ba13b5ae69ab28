import { useEffect, useRef, type KeyboardEvent, type ReactNode } from "react";
import { classNames } from "./class-names.js";

/**
 * The items of a popover menu. Focus starts on the first item and arrow keys move between
 * items (the WAI-ARIA menu pattern), so a menu opened from the keyboard is usable at once.
 */
export function MenuList({ label, children }: { label: string; children: ReactNode }) {
  const list = useRef<HTMLDivElement>(null);
  useEffect(() => {
    list.current?.querySelector<HTMLElement>('[role="menuitem"]:not(:disabled)')?.focus();
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = [...(list.current?.querySelectorAll<HTMLElement>('[role="menuitem"]:not(:disabled)') ?? [])];
    const current = items.indexOf(document.activeElement as HTMLElement);
    const moveTo = (index: number) => {
      event.preventDefault();
      items[(index + items.length) % items.length]?.focus();
    };
    if (event.key === "ArrowDown") moveTo(current + 1);
    else if (event.key === "ArrowUp") moveTo(current - 1);
    else if (event.key === "Home") moveTo(0);
    else if (event.key === "End") moveTo(items.length - 1);
  };

  return (
    <div ref={list} role="menu" aria-label={label} onKeyDown={onKeyDown} className="flex min-w-[220px] flex-col p-1">
      {children}
    </div>
  );
}

interface MenuItemProps {
  icon?: ReactNode;
  children: ReactNode;
  /** Quiet text at the end of the item: a model name, a shortcut. */
  hint?: ReactNode;
  onSelect: () => void;
  tone?: "default" | "danger";
  disabled?: boolean;
  testId?: string;
}

export function MenuItem({
  icon,
  children,
  hint,
  onSelect,
  tone = "default",
  disabled = false,
  testId,
}: MenuItemProps) {
  return (
    <button
      type="button"
      role="menuitem"
      disabled={disabled}
      data-testid={testId}
      onClick={onSelect}
      className={classNames(
        "flex h-8 w-full items-center gap-2.5 rounded-lg px-2.5 text-left text-[13px] outline-none",
        "transition-colors duration-100 focus-visible:bg-hover enabled:hover:bg-hover disabled:opacity-50",
        "[&_svg]:size-4 [&_svg]:shrink-0",
        tone === "danger" ? "text-danger-fg" : "text-fg",
      )}
    >
      {icon && <span className={classNames("flex", tone === "danger" ? "" : "text-fg-muted")}>{icon}</span>}
      <span className="min-w-0 flex-1 truncate">{children}</span>
      {hint && <span className="max-w-[45%] shrink-0 truncate text-[12px] text-fg-subtle">{hint}</span>}
    </button>
  );
}

export function MenuSeparator() {
  return <div role="separator" className="mx-2 my-1 h-px bg-line" />;
}
