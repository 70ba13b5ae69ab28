/**
 * `npm run mock-llm -- --port N [--api-key K] [--models a,b]`: the mock LLM server as a process,
 * for manual runs, the browser tests and benchmarks.
 */
import { parseArgs } from "node:util";
import { createMockLlmServer } from "./server.js";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "0" },
    host: { type: "string", default: "127.0.0.1" },
    "api-key": { type: "string" },
    models: { type: "string" },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`mock LLM: --port must be a port number, got "${values.port}"`);
  process.exit(2);
}

const server = await createMockLlmServer({
  port,
  host: values.host,
  ...(values["api-key"] !== undefined && { apiKey: values["api-key"] }),
  ...(values.models !== undefined && {
    models: values.models
      .split(",")
      .map((id) => id.trim())
      .filter(Boolean),
  }),
});
// Other processes wait for exactly this line (see `spawnUntilReady`).
console.log(`mock LLM listening on ${server.url}`);

const shutdown = () => {
  server.close().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error("mock LLM: close failed", error);
      process.exit(1);
    },
  );
};
process.once("SIGINT", shutdown);
process.once("SIGTERM", shutdown);
