import { createMockLlmServer } from "@covalt/testing";
import type { Benchmark } from "../benchmark.js";
import { seedManyChats } from "../data/seed-conversations.js";
import { startInProcessCovalt } from "../in-process-covalt.js";
import { percentile } from "../stats.js";
import { timeEach } from "../timed-requests.js";

const queries = [
  "topic42",
  "model answer",
  "topic4",
  "fast local code",
  "topic1234 data",
  "chat",
  "topic999 the",
  "tes",
];

/**
 * Full-text search over 100,000 messages (50 chats of 2,000) through the API, rare and common
 * words, prefix matches included. Baseline: the naive way, `LIKE '%word%'` over the same rows.
 */
export const searchBenchmark: Benchmark = {
  name: "search",
  description: "search over 100,000 messages (API) vs a LIKE scan",
  async run({ quick, report }) {
    const mock = await createMockLlmServer();
    const covalt = await startInProcessCovalt(mock);
    try {
      const sqlite = covalt.openDatabase();
      const chats = quick ? 5 : 50;
      seedManyChats(sqlite, { chats, messagesPerChat: 2000 });
      const rounds = quick ? 24 : 160;
      await covalt.call("GET", "/api/search?q=warmup");
      const samples = await timeEach(rounds, (index) =>
        covalt.call("GET", `/api/search?q=${encodeURIComponent(queries[index % queries.length] ?? "x")}`),
      );
      const like = sqlite.prepare("select id from messages where content like ? limit 30");
      const baseline = await timeEach(Math.min(rounds, 24), (index) =>
        Promise.resolve(like.all(`%${(queries[index % queries.length] ?? "x").split(" ")[0] ?? ""}%`)),
      );
      sqlite.close();
      report({
        metric: `search-p95-${chats * 2}k-messages`,
        unit: "ms",
        samples: [percentile(samples, 95)],
        budget: { op: "<=", value: 50 },
        baseline: {
          samples: [percentile(baseline, 95)],
          description: "p95 of a LIKE '%word%' scan of the same messages",
        },
      });
    } finally {
      await covalt.close();
      await mock.close();
    }
  },
};
