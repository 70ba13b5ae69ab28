import { useEffect, useRef, type RefObject } from "react";

/** How far ahead of the viewport an edge row starts loading, so pages usually arrive before they are needed. */
const lookaheadPx = 800;

/**
 * Calls `load` while the edge row is near the viewport: when it comes near, and again after each
 * load if it is still near (a short page did not push it away). An observer, not the virtualizer's
 * range, decides: it reports only once layout and the initial scroll to the end have settled.
 */
export function useEdgeLoader(
  element: RefObject<HTMLElement | null>,
  root: RefObject<HTMLElement | null>,
  options: { edge: "older" | "newer"; loading: boolean; failed: boolean; load: () => void },
): void {
  const near = useRef(false);
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });

  useEffect(() => {
    const target = element.current;
    if (target === null) return;
    const margin = options.edge === "older" ? `${lookaheadPx}px 0px 0px 0px` : `0px 0px ${lookaheadPx}px 0px`;
    const observer = new IntersectionObserver(
      (entries) => {
        near.current = entries.some((entry) => entry.isIntersecting);
        const { loading, failed, load } = latest.current;
        if (near.current && !loading && !failed) load();
      },
      { root: root.current, rootMargin: margin },
    );
    observer.observe(target);
    return () => {
      observer.disconnect();
    };
  }, [element, root, options.edge]);

  useEffect(() => {
    if (!options.loading && !options.failed && near.current) latest.current.load();
  }, [options.loading, options.failed]);
}
