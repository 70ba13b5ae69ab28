import { useEffect, useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from "react";
import { createPortal } from "react-dom";
import { classNames } from "./class-names.js";

interface PopoverProps {
  open: boolean;
  onClose: () => void;
  /** The button that opened it: the popover is placed against it and focus returns to it. */
  anchor: RefObject<HTMLElement | null>;
  /** Which edge of the anchor the popover lines up with. */
  align?: "start" | "end";
  children: ReactNode;
  className?: string;
  testId?: string;
}

const gap = 6;
const margin = 8;

/**
 * A floating panel in a portal, positioned against its anchor below or above, whichever has room.
 * The portal matters inside the virtualized transcript: rows are absolutely positioned layers that
 * clip and overlap an in-row popover. It follows its anchor when the page scrolls (a streaming
 * answer keeps moving the transcript), and closes on Escape, a press outside, or once the anchor
 * has scrolled out of sight.
 */
export function Popover(props: PopoverProps) {
  // Mounted only while open, so each opening starts unpositioned and measures afresh.
  return props.open ? <PopoverPanel {...props} /> : null;
}

function PopoverPanel({ onClose, anchor, align = "start", children, className, testId }: Omit<PopoverProps, "open">) {
  const panel = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState<{ top: number; left: number } | undefined>(undefined);
  const latestClose = useRef(onClose);
  useEffect(() => {
    latestClose.current = onClose;
  });

  useLayoutEffect(() => {
    const place = () => {
      const trigger = anchor.current?.getBoundingClientRect();
      const box = panel.current?.getBoundingClientRect();
      if (trigger === undefined || box === undefined) return;
      const below = trigger.bottom + gap;
      const fitsBelow = below + box.height <= window.innerHeight - margin;
      const top = fitsBelow ? below : Math.max(margin, trigger.top - gap - box.height);
      const preferred = align === "end" ? trigger.right - box.width : trigger.left;
      const left = Math.min(Math.max(margin, preferred), window.innerWidth - box.width - margin);
      setPosition({ top, left });
    };
    place();
    const observer = new ResizeObserver(place);
    if (panel.current) observer.observe(panel.current);
    let frame = 0;
    const onScroll = (event: Event) => {
      if (event.target instanceof Node && panel.current?.contains(event.target) === true) return;
      const trigger = anchor.current?.getBoundingClientRect();
      if (trigger === undefined || trigger.bottom < 0 || trigger.top > window.innerHeight) {
        latestClose.current();
        return;
      }
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(place);
    };
    window.addEventListener("resize", place);
    document.addEventListener("scroll", onScroll, true);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
      window.removeEventListener("resize", place);
      document.removeEventListener("scroll", onScroll, true);
    };
  }, [anchor, align]);

  useEffect(() => {
    const inside = (target: EventTarget | null) =>
      target instanceof Node && (panel.current?.contains(target) === true || anchor.current?.contains(target) === true);
    const onPointerDown = (event: PointerEvent) => {
      if (!inside(event.target)) latestClose.current();
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      // Handled here, so the app's own Escape (stop generating) does not fire as well.
      event.preventDefault();
      event.stopPropagation();
      latestClose.current();
      anchor.current?.focus();
    };
    document.addEventListener("pointerdown", onPointerDown, true);
    document.addEventListener("keydown", onKeyDown, true);
    return () => {
      document.removeEventListener("pointerdown", onPointerDown, true);
      document.removeEventListener("keydown", onKeyDown, true);
    };
  }, [anchor]);

  return createPortal(
    <div
      ref={panel}
      data-testid={testId}
      data-popover="open"
      style={position ? { top: position.top, left: position.left } : { top: 0, left: 0, visibility: "hidden" }}
      className={classNames(
        "fixed z-50 animate-appear overflow-hidden rounded-xl border border-line bg-card text-fg shadow-float",
        className,
      )}
    >
      {children}
    </div>,
    document.body,
  );
}
