import { X } from "lucide-react";
import { useEffect, useId, useRef, type ReactNode } from "react";
import { classNames } from "./class-names.js";
import { IconButton } from "./icon-button.js";

interface DialogProps {
  open: boolean;
  onClose: () => void;
  title: string;
  description?: ReactNode;
  children: ReactNode;
  /** Buttons row at the bottom, right-aligned. */
  footer?: ReactNode;
  size?: "sm" | "md" | "lg";
  testId?: string;
}

const widths = { sm: "max-w-[400px]", md: "max-w-[520px]", lg: "max-w-[640px]" };

/**
 * A modal on the native <dialog>: the browser supplies the focus trap, inert background, top
 * layer and Escape handling, so there is no focus-management code to get wrong.
 */
export function Dialog({ open, onClose, title, description, children, footer, size = "md", testId }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  // A confirmation may have nothing but its title, description and buttons.
  const hasBody = children !== undefined && children !== null && children !== false && children !== "";

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      data-testid={testId}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onCancel={(event) => {
        // Escape: let React state close it, so `open` stays the single source of truth.
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => {
        // A click on the dialog element itself (not its content) is a click on the backdrop.
        if (event.target === event.currentTarget) onClose();
      }}
      className={classNames(
        "m-auto w-[calc(100%-2rem)] rounded-2xl border border-line bg-card p-0 text-fg shadow-float",
        "backdrop:bg-black/40 backdrop:backdrop-blur-[2px] open:animate-appear",
        widths[size],
      )}
    >
      {open && (
        <div className="flex max-h-[min(85vh,760px)] flex-col">
          <header className="flex shrink-0 items-start gap-3 px-5 pt-5 pb-3">
            <div className="min-w-0 flex-1">
              <h2 id={titleId} className="text-[16px] font-semibold tracking-tight">
                {title}
              </h2>
              {description && (
                <p id={descriptionId} className="mt-1 text-[13px] text-fg-muted">
                  {description}
                </p>
              )}
            </div>
            <IconButton label="Close" className="-mt-1 -mr-1.5" onClick={onClose}>
              <X aria-hidden="true" />
            </IconButton>
          </header>
          {hasBody && <div className="min-h-0 flex-1 overflow-y-auto px-5 pb-5">{children}</div>}
          {footer && (
            <footer className="flex shrink-0 items-center justify-end gap-2 border-t border-line px-5 py-3.5">
              {footer}
            </footer>
          )}
        </div>
      )}
    </dialog>
  );
}
