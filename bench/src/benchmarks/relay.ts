import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import { mockDirective } from "@covalt/testing";
import type { Benchmark } from "../benchmark.js";
import { startRelayProcesses } from "../relay-processes.js";
import { percentile } from "../stats.js";

const now = () => performance.timeOrigin + performance.now();
const words = (text: string) => text.split(/\s+/).filter((word) => word !== "");
const wordCount = (deltas: { text: string }[]) => words(deltas.map((delta) => delta.text).join("")).length;

/** Reads an SSE body chunk by chunk, calling `onData` with each `data:` payload as it arrives. */
async function readSse(response: Response, onData: (data: string) => boolean | undefined): Promise<void> {
  const reader = response.body?.pipeThrough(new TextDecoderStream()).getReader();
  if (reader === undefined) throw new Error("no response body");
  let pending = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    pending += value;
    let boundary = pending.indexOf("\n\n");
    while (boundary !== -1) {
      const record = pending.slice(0, boundary);
      pending = pending.slice(boundary + 2);
      const data = record.split("\n").find((line) => line.startsWith("data: "));
      if (data !== undefined && onData(data.slice(6)) === true) {
        await reader.cancel();
        return;
      }
      boundary = pending.indexOf("\n\n");
    }
  }
}

/** Through Covalt: collects the text deltas of one turn from the run's SSE stream. */
async function relayTurn(processes: Awaited<ReturnType<typeof startRelayProcesses>>, content: string) {
  const deltas: { text: string; at: number }[] = [];
  const response = await processes.streamTurn(content);
  await readSse(response, (data) => {
    const envelope = JSON.parse(data) as { event: { type: string; delta?: string } };
    if (envelope.event.type === "text-delta") deltas.push({ text: envelope.event.delta ?? "", at: now() });
    return envelope.event.type === "run-end";
  });
  return deltas;
}

/** Straight to the mock, with the same AI SDK provider client Covalt's host uses. */
async function directTurn(mockUrl: string, content: string) {
  const model = createOpenAICompatible({ name: "mock", baseURL: `${mockUrl}/v1`, includeUsage: true }).chatModel(
    "gpt-test",
  );
  const { stream } = await model.doStream({ prompt: [{ role: "user", content: [{ type: "text", text: content }] }] });
  const deltas: { text: string; at: number }[] = [];
  const reader = stream.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    if (read.value.type === "text-delta") deltas.push({ text: read.value.delta, at: now() });
  }
  return deltas;
}

/**
 * What Covalt adds between a provider and a client: a 20,000-token stream at full speed read
 * through the run's SSE stream, against the same client reading the provider directly (via the
 * AI SDK client Covalt itself uses); and, for a paced stream whose tokens carry their send time,
 * the per-token latency through Covalt minus the direct one.
 */
export const relayBenchmark: Benchmark = {
  name: "relay",
  description: "20k-token stream through Covalt's SSE vs read directly; added per-token latency",
  async run({ quick, report }) {
    const processes = await startRelayProcesses();
    try {
      // Quick mode keeps the full stream: with fewer tokens the fixed cost of starting a turn
      // (request, SQLite, run setup) dominates and the ratio no longer measures the relay.
      const tokens = 20_000;
      const burst = mockDirective({ tokens, rate: 0 });
      const rounds = quick ? 2 : 5;
      const relayMs: number[] = [];
      const directMs: number[] = [];
      for (let round = 0; round < rounds + 1; round += 1) {
        let started = now();
        const relayed = await relayTurn(processes, burst);
        const relayTime = now() - started;
        started = now();
        const direct = await directTurn(processes.mockUrl, burst);
        const directTime = now() - started;
        if (wordCount(relayed) !== tokens || wordCount(direct) !== tokens) throw new Error("a stream came back short");
        if (round > 0) {
          relayMs.push(relayTime);
          directMs.push(directTime);
        }
      }
      report({
        metric: "stream-time",
        unit: "ms",
        samples: relayMs,
        budget: { op: "<=", value: 1.15 * percentile(directMs, 50) },
        baseline: {
          samples: directMs,
          description: `${tokens} tokens read straight from the mock with the AI SDK client`,
        },
      });

      const paced = mockDirective({ stamp: true, tokens: quick ? 800 : 1500, rate: 500 });
      const added: number[] = [];
      const directP99: number[] = [];
      for (let round = 0; round < (quick ? 1 : 3); round += 1) {
        // A delta may carry several stamped tokens (Covalt coalesces within one loop turn).
        const latency = (deltas: { text: string; at: number }[]) =>
          deltas.flatMap((delta) => words(delta.text).map((stamp) => delta.at - Number(stamp))).filter(Number.isFinite);
        const relayP99 = percentile(latency(await relayTurn(processes, paced)), 99);
        const direct = percentile(latency(await directTurn(processes.mockUrl, paced)), 99);
        added.push(relayP99 - direct);
        directP99.push(direct);
      }
      report({
        metric: "added-latency-p99",
        unit: "ms",
        samples: added,
        budget: { op: "<=", value: 2 },
        baseline: { samples: directP99, description: "p99 per-token latency reading the mock directly" },
      });
    } finally {
      await processes.close();
    }
  },
};
