import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, expect, it } from "vitest";
import { allowingTargets } from "./address-policy.js";
import { createSafeFetch } from "./safe-fetch.js";

const server: Server = createServer((request, response) => {
  if (request.url === "/slow") setTimeout(() => response.end("late"), 3_000);
  else if (request.url === "/post") response.writeHead(303, { location: "/echo-method" }).end();
  else if (request.url === "/echo-method") response.end(request.method);
  else
    response
      .writeHead(200, { "content-type": "text/plain; charset=latin1" })
      .end(Buffer.from([0x63, 0x61, 0x66, 0xe9]));
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const isAllowedAddress = allowingTargets([base.slice("http://".length)]);
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

it("refuses loopback by default and reaches an explicitly allowed target", async () => {
  await expect(createSafeFetch()(`${base}/`)).rejects.toThrow("(loopback)");
  const response = await createSafeFetch({ isAllowedAddress })(`${base}/`);
  expect(response.status).toBe(200);
  expect(await response.text()).toBe("café");
});

it("turns a POST into a GET on 303, like browsers", async () => {
  const response = await createSafeFetch({ isAllowedAddress })(`${base}/post`, { method: "POST", body: "x" });
  expect(await response.text()).toBe("GET");
  expect(response.url).toBe(`${base}/echo-method`);
});

it("times out, and stops when its signal is aborted", async () => {
  await expect(createSafeFetch({ isAllowedAddress, timeoutMs: 100 })(`${base}/slow`)).rejects.toThrow(
    `Fetching ${base}/slow timed out.`,
  );
  const controller = new AbortController();
  const pending = createSafeFetch({ isAllowedAddress, signal: controller.signal })(`${base}/slow`);
  controller.abort();
  await expect(pending).rejects.toThrow("was cancelled");
});
