import type { Benchmark } from "./benchmark.js";
import { dbWritesBenchmark } from "./benchmarks/db-writes.js";
import { longChatRenderBenchmark } from "./benchmarks/long-chat-render.js";
import { mcpCallOverheadBenchmark } from "./benchmarks/mcp-call-overhead.js";
import { relayBenchmark } from "./benchmarks/relay.js";
import { requestOverheadBenchmark } from "./benchmarks/request-overhead.js";
import { searchBenchmark } from "./benchmarks/search.js";
import { startupBenchmark } from "./benchmarks/startup.js";
import { treeNavigationBenchmarks } from "./benchmarks/tree-navigation.js";
import { workspaceBenchmarks } from "./benchmarks/workspace.js";

export { type Benchmark, type BenchmarkContext, type Measurement, type Report } from "./benchmark.js";

/** Every benchmark `npm run bench` knows, in the order a full run executes them. */
export const benchmarks: readonly Benchmark[] = [
  startupBenchmark,
  relayBenchmark,
  requestOverheadBenchmark,
  dbWritesBenchmark,
  ...treeNavigationBenchmarks,
  searchBenchmark,
  longChatRenderBenchmark,
  ...workspaceBenchmarks,
  mcpCallOverheadBenchmark,
];
