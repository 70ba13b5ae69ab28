import { useRef, type KeyboardEvent, type PointerEvent } from "react";
import { classNames } from "../../../shared/ui/class-names.js";

interface PanelResizeHandleProps {
  width: number;
  minimum: number;
  maximum: number;
  onResize: (width: number) => void;
}

const keyStep = 24;

/**
 * The panel's left edge. Dragging left widens the panel (it is docked on the right); arrow keys
 * resize in steps, so the handle is usable without a pointer. Pointer capture keeps the drag
 * alive when the pointer crosses the sandboxed preview iframe.
 */
export function PanelResizeHandle({ width, minimum, maximum, onResize }: PanelResizeHandleProps) {
  const drag = useRef<{ startX: number; startWidth: number } | null>(null);

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { startX: event.clientX, startWidth: width };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (drag.current === null) return;
    onResize(drag.current.startWidth + (drag.current.startX - event.clientX));
  };
  const onPointerUp = () => {
    drag.current = null;
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === "ArrowLeft") onResize(width + keyStep);
    else if (event.key === "ArrowRight") onResize(width - keyStep);
    else return;
    event.preventDefault();
  };

  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label="Resize the artifact panel"
      aria-valuenow={width}
      aria-valuemin={minimum}
      aria-valuemax={maximum}
      tabIndex={0}
      data-testid="artifact-panel-resize"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
      className={classNames(
        "group absolute inset-y-0 -left-1 z-10 w-2 cursor-col-resize touch-none outline-none",
        "after:absolute after:inset-y-0 after:left-[3px] after:w-0.5 after:transition-colors after:duration-150",
        "hover:after:bg-accent/50 focus-visible:after:bg-focus active:after:bg-accent",
      )}
    />
  );
}
