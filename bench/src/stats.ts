/** Sorted copy; refuses empty input because a statistic of nothing is a bug in the caller. */
function sorted(samples: readonly number[]): number[] {
  if (samples.length === 0) throw new Error("no samples");
  return [...samples].sort((a, b) => a - b);
}

export function min(samples: readonly number[]): number {
  return sorted(samples)[0] ?? Number.NaN;
}

export function max(samples: readonly number[]): number {
  return sorted(samples).at(-1) ?? Number.NaN;
}

/** Linear interpolation between closest ranks, so p50 of an even count is the mean of the middle two. */
export function percentile(samples: readonly number[], p: number): number {
  if (p < 0 || p > 100) throw new Error(`percentile must be within 0..100, got ${p}`);
  const values = sorted(samples);
  const rank = (p / 100) * (values.length - 1);
  const lower = values[Math.floor(rank)] ?? Number.NaN;
  const upper = values[Math.ceil(rank)] ?? Number.NaN;
  return lower + (upper - lower) * (rank - Math.floor(rank));
}

export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}
