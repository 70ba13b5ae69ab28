import { useCallback, useEffect, useRef, useState } from "react";
import { followAfterScroll } from "./follow-scroll.js";

/**
 * Keeps a scroll container pinned to its end while content grows, until the user scrolls up;
 * scrolling back to the end (or `jumpToLatest`) pins it again.
 */
export function useFollowScroll() {
  const scrollRef = useRef<HTMLDivElement>(null);
  const contentRef = useRef<HTMLDivElement>(null);
  const followingRef = useRef(true);
  const [following, setFollowingState] = useState(true);

  const setFollowing = useCallback((value: boolean) => {
    followingRef.current = value;
    setFollowingState(value);
  }, []);

  useEffect(() => {
    const container = scrollRef.current;
    const content = contentRef.current;
    if (!container || !content) return;
    let previousTop = container.scrollTop;

    const onScroll = () => {
      const next = followAfterScroll(followingRef.current, previousTop, container);
      previousTop = container.scrollTop;
      if (next !== followingRef.current) setFollowing(next);
    };
    // A wheel turn upwards is intent even before the position moves (and before our next pin).
    const onWheel = (event: WheelEvent) => {
      const scrollable = container.scrollHeight > container.clientHeight + 1;
      if (event.deltaY < 0 && scrollable && followingRef.current) setFollowing(false);
    };
    const observer = new ResizeObserver(() => {
      if (followingRef.current) container.scrollTop = container.scrollHeight;
    });

    container.addEventListener("scroll", onScroll, { passive: true });
    container.addEventListener("wheel", onWheel, { passive: true });
    observer.observe(content);
    container.scrollTop = container.scrollHeight;
    return () => {
      container.removeEventListener("scroll", onScroll);
      container.removeEventListener("wheel", onWheel);
      observer.disconnect();
    };
  }, [setFollowing]);

  const jumpToLatest = useCallback(
    (behavior: ScrollBehavior = "smooth") => {
      setFollowing(true);
      const container = scrollRef.current;
      container?.scrollTo({ top: container.scrollHeight, behavior });
    },
    [setFollowing],
  );

  return { scrollRef, contentRef, following, jumpToLatest };
}
