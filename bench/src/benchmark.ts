import { max, median, min } from "./stats.js";

export interface Budget {
  /** `<=` for costs (time, memory), `>=` for throughputs. */
  op: "<=" | ">=";
  value: number;
}

export interface Measurement {
  /** kebab-case, e.g. `cold-start` */
  metric: string;
  unit: string;
  samples: readonly number[];
  budget: Budget;
  /** The same measurement of a reference, taken in the same run, so the figure has a comparison. */
  baseline: { samples: readonly number[]; description: string };
}

export type Report = (measurement: Measurement) => void;

export interface BenchmarkContext {
  /** Fewer iterations: a smoke test for CI, where a missed budget is reported but not fatal. */
  quick: boolean;
  report: Report;
}

export interface Benchmark {
  /** kebab-case; what `npm run bench -- NAME` selects */
  name: string;
  description: string;
  run(context: BenchmarkContext): Promise<void>;
}

export interface Verdict {
  benchmark: string;
  metric: string;
  withinBudget: boolean;
}

export function formatValue(value: number): string {
  return Math.abs(value) >= 100 ? value.toFixed(0) : value.toFixed(1);
}

export function withinBudget(value: number, budget: Budget): boolean {
  return budget.op === "<=" ? value <= budget.value : value >= budget.value;
}

function detailLine(name: string, label: string, samples: readonly number[], unit: string): string {
  const spread = [min(samples), median(samples), max(samples)].map(formatValue);
  return `  ${name} ${label}: min=${spread[0]} median=${spread[1]} max=${spread[2]} ${unit} (n=${samples.length})`;
}

/** Lines for one measurement: sample spread first, then the one summary line tools grep for. */
export function formatMeasurement(benchmark: string, measurement: Measurement): { lines: string[]; verdict: Verdict } {
  const { metric, unit, samples, budget, baseline } = measurement;
  const value = median(samples);
  const baselineValue = median(baseline.samples);
  const ok = withinBudget(value, budget);
  const lines = [
    detailLine(benchmark, metric, samples, unit),
    detailLine(benchmark, `${metric} baseline`, baseline.samples, unit),
    `bench ${benchmark}: ${metric}=${formatValue(value)} ${unit} (budget ${budget.op} ${formatValue(budget.value)} ${unit}) ${ok ? "ok" : "OVER"}`,
    `bench ${benchmark}: ${metric} baseline=${formatValue(baselineValue)} ${unit} (${baseline.description}), ratio=${baselineValue === 0 ? "n/a (baseline is 0)" : `${(value / baselineValue).toFixed(2)}x`}`,
  ];
  return { lines, verdict: { benchmark, metric, withinBudget: ok } };
}

/** A `report` for one benchmark that prints as it goes and remembers each verdict. */
export function createReporter(
  benchmark: string,
  print: (line: string) => void,
): { report: Report; verdicts: Verdict[] } {
  const verdicts: Verdict[] = [];
  const report: Report = (measurement) => {
    const { lines, verdict } = formatMeasurement(benchmark, measurement);
    for (const line of lines) print(line);
    verdicts.push(verdict);
  };
  return { report, verdicts };
}
