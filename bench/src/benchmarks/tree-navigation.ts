import type { MessagePage } from "@covalt/contracts";
import { createMockLlmServer } from "@covalt/testing";
import type { Benchmark } from "../benchmark.js";
import { seedBranchyChat, seededRandom } from "../data/seed-conversations.js";
import { startInProcessCovalt } from "../in-process-covalt.js";
import { percentile } from "../stats.js";
import { timeEach } from "../timed-requests.js";

/**
 * A chat of 10,000 messages with 200 branch points: one 50-message page of the active branch
 * (newest, and older pages by keyset cursor) and a branch switch, through the HTTP API.
 * Baseline: the health endpoint, i.e. the cost of an HTTP round trip alone.
 */
export const treeNavigationBenchmarks: Benchmark[] = [
  {
    name: "tree-page",
    description: "one 50-message page of a 10,000-message, 200-branch chat (API)",
    async run({ quick, report }) {
      await withBranchyChat(async ({ call, chatId, path }) => {
        const random = seededRandom(3);
        const rounds = quick ? 40 : 300;
        const samples = await timeEach(rounds, async (index) => {
          // Every third request is the newest page; the rest start at a random point of the branch.
          const cursor = index % 3 === 0 ? "" : `&before=${path[Math.floor(random() * path.length)] ?? ""}`;
          const page = await call<MessagePage>("GET", `/api/chats/${chatId}/messages?limit=50${cursor}`);
          if (page.messages.length === 0 && cursor === "") throw new Error("empty page");
        });
        const baseline = await timeEach(rounds, () => call("GET", "/api/health"));
        report({
          metric: "page-p95",
          unit: "ms",
          samples: [percentile(samples, 95)],
          budget: { op: "<=", value: 15 },
          baseline: { samples: [percentile(baseline, 95)], description: "p95 of GET /api/health" },
        });
      });
    },
  },
  {
    name: "branch-switch",
    description: "switching branch in a 10,000-message, 200-branch chat (API)",
    async run({ quick, report }) {
      await withBranchyChat(async ({ call, chatId, targets }) => {
        const rounds = quick ? 40 : 300;
        const samples = await timeEach(rounds, (index) =>
          call("POST", `/api/chats/${chatId}/branch`, { messageId: targets[index % targets.length] }),
        );
        const baseline = await timeEach(rounds, () => call("GET", "/api/health"));
        report({
          metric: "switch-p95",
          unit: "ms",
          samples: [percentile(samples, 95)],
          budget: { op: "<=", value: 20 },
          baseline: { samples: [percentile(baseline, 95)], description: "p95 of GET /api/health" },
        });
      });
    },
  },
];

async function withBranchyChat(
  measure: (context: {
    call: <T>(method: string, path: string, body?: unknown) => Promise<T>;
    chatId: string;
    path: string[];
    targets: string[];
  }) => Promise<void>,
): Promise<void> {
  const mock = await createMockLlmServer();
  const covalt = await startInProcessCovalt(mock);
  try {
    const sqlite = covalt.openDatabase();
    const seeded = seedBranchyChat(sqlite, { messages: 10_000, branchPoints: 200 });
    sqlite.close();
    // Warm up: the first requests pay for JIT compilation and SQLite's page cache.
    for (let index = 0; index < 10; index += 1)
      await covalt.call("GET", `/api/chats/${seeded.chatId}/messages?limit=50`);
    await measure({ call: covalt.call, chatId: seeded.chatId, path: seeded.activePath, targets: seeded.branchTargets });
  } finally {
    await covalt.close();
    await mock.close();
  }
}
