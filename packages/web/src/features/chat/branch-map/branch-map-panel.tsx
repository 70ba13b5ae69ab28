import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useVirtualizer } from "@tanstack/react-virtual";
import { ChevronsDownUp, ChevronsUpDown, GitBranch, X } from "lucide-react";
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { errorMessage } from "../../../shared/api/error-message.js";
import { IconButton } from "../../../shared/ui/icon-button.js";
import { Spinner } from "../../../shared/ui/spinner.js";
import { jumpToMessage } from "../tree/jump-to-message.js";
import { branchMapQuery } from "./branch-map-query.js";
import { BranchMapRow } from "./branch-map-row.js";
import {
  allBranchingSegments,
  buildBranchForest,
  expansionOf,
  visibleBranchRows,
  type BranchRow,
} from "./branch-tree.js";

const rowHeight = 32;

interface BranchMapPanelProps {
  chatId: string;
  onClose: () => void;
  /** After a jump: where the panel covers the transcript (narrow screens), it gets out of the way. */
  onJumped?: (() => void) | undefined;
}

/**
 * The whole conversation as a map of segments (stretches without a branch inside): the spine of
 * each line with its side branches (edits, retries) indented beside it, the current path marked;
 * a click jumps there, switching the branch. Rows are virtualized and side branches fold, so a
 * chat with hundreds of branch points stays a quick, readable list. Keyboard: the tree pattern
 * (↑ ↓ move, → unfold, ← fold or go to the parent line, Enter jump).
 */
export function BranchMapPanel({ chatId, onClose, onJumped }: BranchMapPanelProps) {
  const queryClient = useQueryClient();
  const map = useQuery(branchMapQuery(chatId));
  const [overrides, setOverrides] = useState<ReadonlyMap<string, boolean>>(new Map());
  const [focusedId, setFocusedId] = useState<string | undefined>(undefined);
  const [jumpError, setJumpError] = useState<string | undefined>(undefined);
  const scrollRef = useRef<HTMLDivElement>(null);

  const segments = map.data?.segments;
  const roots = useMemo(() => buildBranchForest(segments ?? []), [segments]);
  const rows = useMemo(
    () => visibleBranchRows(roots, expansionOf(overrides), map.data?.activeLeafId ?? null),
    [roots, overrides, map.data?.activeLeafId],
  );
  const branchPoints = useMemo(() => allBranchingSegments(segments ?? []).size, [segments]);
  const currentIndex = rows.findIndex((row) => row.current);
  const focusedIndex = Math.max(
    0,
    focusedId === undefined ? currentIndex : rows.findIndex((row) => row.segment.id === focusedId),
  );

  // The app does not use the React Compiler; this rule only warns that it would skip this component.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    getItemKey: (index) => rows[index]?.segment.id ?? index,
    overscan: 10,
    paddingStart: 4,
    paddingEnd: 8,
  });

  // Open on the current segment, not the top of a long tree.
  const shownCurrent = useRef(false);
  useEffect(() => {
    if (shownCurrent.current || currentIndex < 0) return;
    shownCurrent.current = true;
    virtualizer.scrollToIndex(currentIndex, { align: "center" });
  }, [currentIndex, virtualizer]);

  const toggle = useCallback(
    (segmentId: string) => {
      setOverrides((current) => {
        const segment = segments?.find((item) => item.id === segmentId);
        if (segment === undefined) return current;
        const next = new Map(current);
        next.set(segmentId, !expansionOf(current)(segment));
        return next;
      });
    },
    [segments],
  );

  const open = useCallback(
    (row: BranchRow) => {
      setFocusedId(row.segment.id);
      setJumpError(undefined);
      jumpToMessage(queryClient, {
        chatId,
        messageId: row.segment.id,
        branchVia: row.segment.lastMessageId,
        onActiveBranch: row.segment.onActivePath,
      }).then(onJumped, (error: unknown) => {
        setJumpError(errorMessage(error));
      });
    },
    [chatId, queryClient, onJumped],
  );

  const setAll = (expanded: boolean) => {
    setOverrides(new Map([...allBranchingSegments(segments ?? [])].map((id) => [id, expanded])));
  };

  const moveFocus = (index: number) => {
    const row = rows[Math.max(0, Math.min(rows.length - 1, index))];
    if (row === undefined) return;
    setFocusedId(row.segment.id);
    virtualizer.scrollToIndex(rows.indexOf(row), { align: "auto" });
    // The row may only mount after the scroll; focus it on the next frame.
    requestAnimationFrame(() => {
      document.getElementById(`branch-${row.segment.id}`)?.focus();
    });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const row = rows[focusedIndex];
    if (row === undefined) return;
    const handled = () => {
      event.preventDefault();
      event.stopPropagation();
    };
    if (event.key === "ArrowDown") {
      handled();
      moveFocus(focusedIndex + 1);
    } else if (event.key === "ArrowUp") {
      handled();
      moveFocus(focusedIndex - 1);
    } else if (event.key === "Home") {
      handled();
      moveFocus(0);
    } else if (event.key === "End") {
      handled();
      moveFocus(rows.length - 1);
    } else if (event.key === "ArrowRight") {
      handled();
      if (row.sideBranchCount > 0 && !row.expanded) toggle(row.segment.id);
      else if (row.expanded) moveFocus(focusedIndex + 1);
    } else if (event.key === "ArrowLeft") {
      handled();
      if (row.expanded) toggle(row.segment.id);
      else {
        const parent = rows.findLastIndex(
          (candidate, index) => index < focusedIndex && candidate.depth === row.depth - 1,
        );
        if (parent >= 0) moveFocus(parent);
      }
    } else if (event.key === "Enter" || event.key === " ") {
      handled();
      open(row);
    }
  };

  return (
    <aside
      aria-label="Branch map"
      data-testid="branch-map"
      className="flex h-full w-full flex-col border-l border-line bg-sidebar"
    >
      <header className="shrink-0 border-b border-line pt-2.5 pr-2 pb-2 pl-4">
        <div className="flex items-center gap-1.5">
          <GitBranch className="size-4 shrink-0 text-fg-muted" aria-hidden="true" />
          <h2 className="min-w-0 flex-1 truncate text-[13.5px] font-semibold">Branches</h2>
          <IconButton label="Expand all" size="sm" onClick={() => setAll(true)}>
            <ChevronsUpDown aria-hidden="true" />
          </IconButton>
          <IconButton label="Collapse all" size="sm" onClick={() => setAll(false)}>
            <ChevronsDownUp aria-hidden="true" />
          </IconButton>
          <IconButton label="Close branch map" size="sm" onClick={onClose}>
            <X aria-hidden="true" />
          </IconButton>
        </div>
        <p data-testid="branch-map-summary" className="mt-0.5 text-[12px] text-fg-subtle tabular-nums">
          {segments
            ? `${branchPoints} ${branchPoints === 1 ? "branch point" : "branch points"} · ${segments.length} ${segments.length === 1 ? "segment" : "segments"}`
            : "Loading…"}
        </p>
      </header>
      {jumpError && (
        <p role="alert" className="mx-3 mt-2 rounded-lg bg-danger-soft px-3 py-2 text-[12.5px] text-danger-fg">
          {jumpError}
        </p>
      )}
      {map.isPending ? (
        <div className="flex flex-1 items-center justify-center text-fg-subtle">
          <Spinner className="size-4" label="Loading the branch map" />
        </div>
      ) : map.isError ? (
        <p className="m-4 text-[13px] text-danger-fg">The branch map could not be loaded: {errorMessage(map.error)}</p>
      ) : rows.length === 0 ? (
        <p className="m-4 text-[13px] text-fg-muted">No messages yet.</p>
      ) : (
        <div
          ref={scrollRef}
          role="tree"
          aria-label="Conversation branches"
          onKeyDown={onKeyDown}
          className="min-h-0 flex-1 overflow-y-auto px-2"
        >
          <div className="relative w-full" style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((item) => {
              const row = rows[item.index];
              if (row === undefined) return null;
              return (
                <div
                  key={item.key}
                  className="absolute top-0 left-0 w-full"
                  style={{ height: rowHeight, transform: `translateY(${item.start}px)` }}
                >
                  <BranchMapRow row={row} focused={item.index === focusedIndex} onToggle={toggle} onOpen={open} />
                </div>
              );
            })}
          </div>
        </div>
      )}
    </aside>
  );
}
