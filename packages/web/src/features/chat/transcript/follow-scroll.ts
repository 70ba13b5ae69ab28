export interface ScrollMetrics {
  scrollTop: number;
  scrollHeight: number;
  clientHeight: number;
}

/** Close enough to the end to count as "at the bottom" (sub-pixel rounding, a last partial line). */
export const bottomTolerancePx = 24;

export function isAtBottom(metrics: ScrollMetrics): boolean {
  return metrics.scrollHeight - metrics.scrollTop - metrics.clientHeight <= bottomTolerancePx;
}

/**
 * Whether the transcript keeps following the stream after a scroll event: reaching the bottom
 * resumes following, moving up stops it, anything else (our own scrolls to the end, a smooth
 * scroll on its way down) leaves it as it was.
 */
export function followAfterScroll(following: boolean, previousTop: number, metrics: ScrollMetrics): boolean {
  if (isAtBottom(metrics)) return true;
  if (metrics.scrollTop < previousTop - 1) return false;
  return following;
}
