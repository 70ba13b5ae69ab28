import { createMockLlmServer } from "@covalt/testing";
import type { Benchmark } from "../benchmark.js";
import { startInProcessCovalt } from "../in-process-covalt.js";

const historyLength = 2000;
const now = () => performance.timeOrigin + performance.now();

/**
 * Client overhead before the provider sees the request: from `POST …/messages` leaving the client
 * to the mock provider receiving the completion request, in a chat of 2,000 messages (history is
 * rebuilt from SQLite on every turn). Baseline: the same client posting straight to the mock.
 */
export const requestOverheadBenchmark: Benchmark = {
  name: "request-overhead",
  description: `POST /messages → provider receives the request, ${historyLength}-message history`,
  async run({ quick, report }) {
    const mock = await createMockLlmServer();
    const covalt = await startInProcessCovalt(mock);
    try {
      covalt.seedHistory(historyLength);
      const rounds = quick ? 5 : 25;
      const samples: number[] = [];
      const baseline: number[] = [];
      for (let round = 0; round < rounds + 2; round += 1) {
        mock.clearRequests();
        const sentAt = now();
        const { runId } = await covalt.send(`question ${round}`);
        await covalt.drain(runId);
        const received = mock.requests.find((request) => request.path === "/v1/chat/completions");
        if (received === undefined) throw new Error("the mock never received the completion request");
        if (round >= 2) samples.push(received.receivedAt - sentAt); // first rounds warm up JIT and caches

        mock.clearRequests();
        const directAt = now();
        await fetch(`${mock.url}/v1/chat/completions`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ model: "gpt-test", messages: [{ role: "user", content: "hi" }], stream: true }),
        }).then((response) => response.text());
        const direct = mock.requests[0];
        if (round >= 2 && direct !== undefined) baseline.push(direct.receivedAt - directAt);
      }
      report({
        metric: "overhead",
        unit: "ms",
        samples,
        budget: { op: "<=", value: 25 },
        baseline: { samples: baseline, description: "the same client posting straight to the mock provider" },
      });
    } finally {
      await covalt.close();
      await mock.close();
    }
  },
};
