import { createMockLlmServer, mockDirective } from "@covalt/testing";
import type { Benchmark } from "../benchmark.js";
import { startInProcessCovalt } from "../in-process-covalt.js";

/**
 * SQLite writes a run costs: transactions per 1,000 streamed tokens, for a paced stream (a model
 * at a realistic speed) — the case where a per-token writer would hurt most. Baseline: writing
 * each token as it arrives, one transaction per token.
 */
export const dbWritesBenchmark: Benchmark = {
  name: "db-writes",
  description: "SQLite transactions per 1,000 tokens of a streamed answer",
  async run({ quick, report }) {
    const mock = await createMockLlmServer();
    const covalt = await startInProcessCovalt(mock);
    try {
      const cases = quick
        ? [{ tokens: 400, rate: 400 }]
        : [
            { tokens: 2000, rate: 400 },
            { tokens: 20000, rate: 0 },
            { tokens: 1500, rate: 150 },
          ];
      const samples: number[] = [];
      for (const { tokens, rate } of cases) {
        const { runId } = await covalt.send(`write ${mockDirective({ tokens, rate })}`);
        await covalt.drain(runId);
        const stats = covalt.server.services.runs.writeStats(runId);
        if (stats === undefined) throw new Error("no write stats for the run");
        samples.push((stats.transactions / tokens) * 1000);
        console.log(
          `  db-writes: ${tokens} tokens at ${rate === 0 ? "full speed" : `${rate}/s`}: ${stats.transactions} transactions, ${stats.statements} statements`,
        );
      }
      report({
        metric: "transactions-per-1k-tokens",
        unit: "tx",
        samples,
        budget: { op: "<=", value: 30 },
        baseline: { samples: [1000], description: "one transaction per token" },
      });
    } finally {
      await covalt.close();
      await mock.close();
    }
  },
};
