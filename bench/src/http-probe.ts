import { request } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";

/**
 * A plain node:http GET with a fresh connection. Using it instead of fetch keeps the first
 * measured request free of undici's lazy loading, which would otherwise bias run one.
 */
export function httpStatus(url: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { headers, agent: false }, (response) => {
      response.resume();
      response.once("end", () => resolve(response.statusCode ?? 0));
      response.once("error", reject);
    });
    outgoing.once("error", reject);
    outgoing.end();
  });
}

/** Polls until the URL answers 200; connection errors just mean "not yet". */
export async function waitForHttpOk(url: string, intervalMs: number, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  let last = "no attempt";
  while (performance.now() < deadline) {
    try {
      const status = await httpStatus(url);
      if (status === 200) return;
      last = `status ${status}`;
    } catch (error) {
      last = (error as Error).message;
    }
    await sleep(intervalMs);
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs} ms (last: ${last})`);
}

export async function expectHttpOk(url: string, headers: Record<string, string> = {}): Promise<void> {
  const status = await httpStatus(url, headers);
  if (status !== 200) throw new Error(`GET ${url} answered ${status}, expected 200`);
}
