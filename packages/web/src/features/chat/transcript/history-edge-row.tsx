import { ArrowDown, RotateCcw } from "lucide-react";
import { useCallback, useRef, type RefObject } from "react";
import { Button } from "../../../shared/ui/button.js";
import { Spinner } from "../../../shared/ui/spinner.js";
import { useEdgeLoader } from "./use-edge-loader.js";

interface HistoryEdgeRowProps {
  edge: "older" | "newer";
  index: number;
  measure: (node: HTMLDivElement | null) => void;
  /** The scroll container, whose viewport decides when this row is near. */
  root: RefObject<HTMLElement | null>;
  loading: boolean;
  failed: boolean;
  onLoad: () => void;
}

/**
 * The row above the oldest loaded message (it loads older pages as it scrolls into view) or
 * below the newest one after a jump (the rest of the branch, loaded as the reader gets there).
 * Both also offer a button, for when automatic loading failed or a reader prefers to click.
 */
export function HistoryEdgeRow({ edge, index, measure, root, loading, failed, onLoad }: HistoryEdgeRowProps) {
  const element = useRef<HTMLDivElement>(null);
  const setElement = useCallback(
    (node: HTMLDivElement | null) => {
      element.current = node;
      measure(node);
    },
    [measure],
  );
  useEdgeLoader(element, root, { edge, loading, failed, load: onLoad });
  const label = edge === "older" ? "Earlier messages" : "Later messages";
  return (
    <div
      ref={setElement}
      data-index={index}
      data-testid={`history-${edge}`}
      data-loading={loading || undefined}
      className="absolute top-0 left-0 w-full"
    >
      <div className="mx-auto flex h-14 w-full max-w-3xl items-center justify-center gap-2 px-5 text-[12.5px] text-fg-muted sm:px-8">
        {loading ? (
          <>
            <Spinner className="size-3.5" />
            Loading {label.toLowerCase()}…
          </>
        ) : (
          <>
            {failed && <span className="text-danger-fg">Could not load {label.toLowerCase()}.</span>}
            <Button variant="ghost" size="xs" onClick={onLoad} data-testid={`load-${edge}`}>
              {failed ? <RotateCcw aria-hidden="true" /> : edge === "newer" && <ArrowDown aria-hidden="true" />}
              {failed ? "Try again" : edge === "older" ? "Show earlier messages" : "Show later messages"}
            </Button>
          </>
        )}
      </div>
    </div>
  );
}
