import { useVirtualizer } from "@tanstack/react-virtual";
import { ArrowDown } from "lucide-react";
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { MessageWindow } from "../history/message-window.js";
import { HistoryEdgeRow } from "./history-edge-row.js";
import { MessageRow } from "./message-row.js";
import { estimateRowHeight, rowKey, transcriptRows } from "./transcript-rows.js";
import { flashHighlight, useTranscriptStore } from "./transcript-store.js";

/** Within this many pixels of the end counts as "at the end": follow the stream (rounding, a last partial line). */
const endThresholdPx = 32;

export interface TranscriptPaging {
  loadOlder: () => void;
  loadNewer: () => void;
  loadingOlder: boolean;
  loadingNewer: boolean;
  failed: boolean;
}

interface TranscriptProps {
  chatId: string;
  messageWindow: MessageWindow;
  paging: TranscriptPaging;
  /** Brings the window to the branch's end when it shows an earlier stretch (after a jump). */
  onShowLatest: () => void;
}

/**
 * The conversation as a virtualized list: only the rows near the viewport are in the DOM, their
 * heights measured as they render. Anchored to the end (TanStack Virtual's chat mode): it starts
 * at the newest message, stays pinned while an answer streams unless the reader scrolls up, and
 * keeps the reader's place when older pages are prepended above.
 */
export function Transcript({ chatId, messageWindow, paging, onShowLatest }: TranscriptProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const rows = useMemo(() => transcriptRows(messageWindow), [messageWindow]);
  const [atEnd, setAtEnd] = useState(true);

  // The app does not use the React Compiler; this rule only warns that it would skip this component.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => {
      const row = rows[index];
      return row === undefined ? 0 : estimateRowHeight(row);
    },
    getItemKey: (index) => {
      const row = rows[index];
      return row === undefined ? index : rowKey(row);
    },
    overscan: 4,
    paddingStart: 16,
    paddingEnd: 40,
    anchorTo: "end",
    // Not `followOnAppend`: rows also arrive below a jumped-to message while its stretch fills in,
    // and that must not carry the reader away. The reader's own turns follow by request (below);
    // a streaming answer stays pinned through the end anchor while the reader is at the end.
    scrollEndThreshold: endThresholdPx,
    // Scrolling moves rows by writing their transforms directly; React renders only when the set
    // of visible rows changes, so a long scroll or a streaming answer costs no transcript renders.
    directDomUpdates: true,
    // Rows measured in a layout effect render in their own task instead of synchronously inside
    // it: parsing the markdown of newly visible rows then never piles onto the same long task.
    useFlushSync: false,
    onChange: (instance) => {
      setAtEnd(instance.isAtEnd(endThresholdPx));
    },
  });

  useLayoutEffect(() => {
    virtualizer.scrollToEnd();
  }, [virtualizer]);

  // The reader's own send, edit or retry takes them to the newest message, wherever they were.
  const followRequest = useTranscriptStore((state) => state.followRequests[chatId] ?? 0);
  const seenFollowRequest = useRef(followRequest);
  useLayoutEffect(() => {
    if (followRequest === seenFollowRequest.current) return;
    seenFollowRequest.current = followRequest;
    virtualizer.scrollToEnd();
  }, [followRequest, virtualizer]);

  // A search hit or a branch-map jump: scroll to the message once the window holds it.
  const reveal = useTranscriptStore((state) => (state.reveal?.chatId === chatId ? state.reveal : undefined));
  useEffect(() => {
    if (reveal === undefined) return;
    const index = rows.findIndex((row) => row.kind === "message" && row.message.id === reveal.messageId);
    if (index < 0) return;
    useTranscriptStore.setState({ reveal: undefined });
    virtualizer.scrollToIndex(index, { align: "center" });
    if (reveal.highlight) flashHighlight(reveal.messageId);
  }, [reveal, rows, virtualizer]);

  const showJump = !atEnd || !messageWindow.reachesLeaf;
  return (
    <div className="relative min-h-0 flex-1">
      <div
        ref={scrollRef}
        data-testid="transcript"
        data-message-count={messageWindow.messages.length}
        className="h-full overflow-y-auto [overflow-anchor:none] contain-strict"
      >
        <div ref={virtualizer.containerRef} className="relative w-full">
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index];
            if (row === undefined) return null;
            if (row.kind === "message") {
              return (
                <MessageRow
                  key={item.key}
                  index={item.index}
                  measure={virtualizer.measureElement}
                  message={row.message}
                  branchEnd={row.branchEnd}
                />
              );
            }
            const older = row.kind === "older";
            return (
              <HistoryEdgeRow
                key={item.key}
                edge={row.kind}
                index={item.index}
                measure={virtualizer.measureElement}
                root={scrollRef}
                loading={older ? paging.loadingOlder : paging.loadingNewer}
                failed={paging.failed}
                onLoad={older ? paging.loadOlder : paging.loadNewer}
              />
            );
          })}
        </div>
      </div>
      {showJump && (
        <button
          type="button"
          data-testid="jump-to-latest"
          onClick={() => {
            if (!messageWindow.reachesLeaf) onShowLatest();
            // A long way up, a smooth scroll would crawl through unmeasured rows and land short.
            else if (virtualizer.getDistanceFromEnd() > 3 * (scrollRef.current?.clientHeight ?? 0))
              virtualizer.scrollToEnd();
            else virtualizer.scrollToEnd({ behavior: "smooth" });
          }}
          className="absolute bottom-3 left-1/2 flex h-8 -translate-x-1/2 animate-appear items-center gap-1.5 rounded-full border border-line bg-card pr-3.5 pl-3 text-[12.5px] font-medium text-fg shadow-float hover:bg-hover"
        >
          <ArrowDown className="size-3.5" aria-hidden="true" />
          Jump to latest
        </button>
      )}
    </div>
  );
}
