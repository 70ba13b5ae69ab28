import { type Benchmark, createReporter, type Verdict } from "./benchmark.js";
import { benchmarks } from "./index.js";

const usage = "Usage: npm run bench -- [--quick] [NAME…]";

function parseArguments(argv: readonly string[]): { quick: boolean; selected: Benchmark[] } | string {
  const flags = argv.filter((argument) => argument.startsWith("-"));
  const names = argv.filter((argument) => !argument.startsWith("-"));
  const unknownFlags = flags.filter((flag) => flag !== "--quick");
  const available = benchmarks.map((benchmark) => benchmark.name).join(", ");
  if (unknownFlags.length > 0) return `Unknown option ${unknownFlags.join(", ")}.\n${usage}`;
  const unknownNames = names.filter((name) => !benchmarks.some((benchmark) => benchmark.name === name));
  if (unknownNames.length > 0) {
    return `Unknown benchmark ${unknownNames.join(", ")}. Available: ${available}.\n${usage}`;
  }
  const selected =
    names.length === 0 ? [...benchmarks] : benchmarks.filter((benchmark) => names.includes(benchmark.name));
  return { quick: flags.includes("--quick"), selected };
}

async function main(): Promise<number> {
  const parsed = parseArguments(process.argv.slice(2));
  if (typeof parsed === "string") {
    console.error(parsed);
    return 2;
  }
  const { quick, selected } = parsed;
  const verdicts: Verdict[] = [];
  const failed: string[] = [];
  for (const benchmark of selected) {
    console.log(`== ${benchmark.name}: ${benchmark.description}${quick ? " (quick)" : ""}`);
    const started = performance.now();
    const reporter = createReporter(benchmark.name, (line) => console.log(line));
    try {
      await benchmark.run({ quick, report: reporter.report });
    } catch (error) {
      failed.push(benchmark.name);
      console.error(
        `bench ${benchmark.name}: FAILED\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
    }
    verdicts.push(...reporter.verdicts);
    console.log(`   ${benchmark.name} took ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }

  const over = verdicts.filter((verdict) => !verdict.withinBudget);
  const overNames = over.map((verdict) => `${verdict.benchmark} ${verdict.metric}`).join(", ");
  console.log(
    `bench: ${selected.length} benchmark(s), ${verdicts.length} metric(s), ${over.length} over budget` +
      `${over.length > 0 ? ` (${overNames})` : ""}, ${failed.length} failed`,
  );
  if (failed.length > 0) return 1;
  // Quick runs are CI smoke tests on noisy machines: an OVER there is shown, not fatal.
  if (over.length > 0 && !quick) return 1;
  return 0;
}

process.exitCode = await main();
