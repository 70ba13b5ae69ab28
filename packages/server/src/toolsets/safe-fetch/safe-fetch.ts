import { lookup } from "node:dns/promises";
import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import type { LookupFunction } from "node:net";
import ipaddr from "ipaddr.js";
import type { SafeFetch } from "@covalt/contracts";
import { blockedRangeOf, isPublicAddress, type AddressCheck } from "./address-policy.js";

export interface SafeFetchOptions {
  /** Which resolved addresses may be contacted; public addresses only unless a test or user widens it. */
  isAllowedAddress?: AddressCheck;
  maxRedirects?: number;
  /** Limit for the whole call, every redirect included. */
  timeoutMs?: number;
  maxResponseBytes?: number;
  /** Stops the request when the tool call is cancelled. */
  signal?: AbortSignal;
}

const redirectStatuses = new Set([301, 302, 303, 307, 308]);

/**
 * A fetch for tool code that cannot be pointed at this machine or its network (SSRF). Every hop
 * resolves its host once, refuses if ANY address is not allowed (an attacker controls which one a
 * client would pick), and then connects to exactly that checked address, so a DNS answer that
 * changes between check and connect (rebinding) has no effect. Redirects are followed by hand so
 * each one is checked the same way.
 */
export function createSafeFetch(options: SafeFetchOptions = {}): SafeFetch {
  const isAllowed = options.isAllowedAddress ?? isPublicAddress;
  const maxRedirects = options.maxRedirects ?? 5;
  const maxBytes = options.maxResponseBytes ?? 5 * 1024 * 1024;
  const timeoutMs = options.timeoutMs ?? 30_000;

  return async (url, init = {}) => {
    const signals = [AbortSignal.timeout(timeoutMs), ...(options.signal ? [options.signal] : [])];
    const signal = AbortSignal.any(signals);
    let current = parseTarget(url);
    let method = (init.method ?? "GET").toUpperCase();
    let body = init.body;
    for (let hop = 0; ; hop++) {
      const address = await checkedAddress(current, isAllowed);
      const response = await send(current, address, { method, headers: init.headers ?? {}, body, signal });
      const location = response.headers.location;
      if (!redirectStatuses.has(response.statusCode ?? 0) || location === undefined) {
        const bytes = await readCapped(response, maxBytes, current);
        return toResult(response, current, bytes);
      }
      response.resume();
      if (hop >= maxRedirects) throw new Error(`Gave up on ${url} after ${maxRedirects} redirects.`);
      current = parseTarget(location, current);
      // Like browsers: 303 (and 301/302 after a POST) turn into a body-less GET.
      if (
        response.statusCode === 303 ||
        (method === "POST" && response.statusCode !== 307 && response.statusCode !== 308)
      ) {
        method = "GET";
        body = undefined;
      }
    }
  };
}

function parseTarget(input: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(input, base);
  } catch {
    throw new Error(`${JSON.stringify(input)} is not a valid URL.`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new Error(`Only http and https URLs can be fetched, not ${url.protocol.replace(/:$/, "")}.`);
  }
  return url;
}

/** WHATWG parsing already turns `2130706433`, `0x7f.1` and `017700000001` into dotted IPv4. */
async function checkedAddress(url: URL, isAllowed: AddressCheck): Promise<{ address: string; family: number }> {
  const hostname = url.hostname.replace(/^\[|\]$/g, "");
  const port = Number(url.port || (url.protocol === "https:" ? 443 : 80));
  const addresses = ipaddr.isValid(hostname)
    ? [{ address: hostname, family: hostname.includes(":") ? 6 : 4 }]
    : await resolveAll(hostname);
  for (const { address } of addresses) {
    if (!isAllowed({ address, port, hostname })) {
      const range = blockedRangeOf(address) ?? "not allowed";
      throw new Error(
        `Refused to fetch ${url.href}: ${hostname} is ${address} (${range}). Tools may only reach public internet addresses, not this computer or its local network.`,
      );
    }
  }
  const first = addresses[0];
  if (first === undefined) throw new Error(`Could not resolve ${hostname}.`);
  return first;
}

async function resolveAll(hostname: string): Promise<{ address: string; family: number }[]> {
  try {
    return await lookup(hostname, { all: true, verbatim: true });
  } catch (error) {
    throw new Error(`Could not resolve ${hostname}: ${(error as NodeJS.ErrnoException).code ?? String(error)}.`);
  }
}

interface SendOptions {
  method: string;
  headers: Record<string, string>;
  body: string | undefined;
  signal: AbortSignal;
}

function send(url: URL, pinned: { address: string; family: number }, options: SendOptions): Promise<IncomingMessage> {
  // Handing the checked address to the socket instead of the name is what defeats rebinding.
  const pinnedLookup: LookupFunction = (_hostname, lookupOptions, callback) => {
    if (lookupOptions.all === true) callback(null, [pinned]);
    else callback(null, pinned.address, pinned.family);
  };
  const request = url.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const outgoing = request(url, {
      method: options.method,
      headers: { "user-agent": "Covalt", "accept-encoding": "identity", ...options.headers },
      lookup: pinnedLookup,
      signal: options.signal,
    });
    outgoing.on("response", resolve);
    outgoing.on("error", (error) => {
      reject(
        options.signal.aborted
          ? abortReason(options.signal, url)
          : new Error(`Fetching ${url.href} failed: ${error.message}`),
      );
    });
    outgoing.end(options.body);
  });
}

function abortReason(signal: AbortSignal, url: URL): Error {
  const reason: unknown = signal.reason;
  if (reason instanceof DOMException && reason.name === "TimeoutError")
    return new Error(`Fetching ${url.href} timed out.`);
  return new Error(`Fetching ${url.href} was cancelled.`);
}

async function readCapped(response: IncomingMessage, maxBytes: number, url: URL): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of response as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > maxBytes) {
      response.destroy();
      throw new Error(`The response from ${url.href} is larger than ${Math.round(maxBytes / 1024 / 1024)} MB.`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function toResult(response: IncomingMessage, url: URL, bytes: Buffer): Awaited<ReturnType<SafeFetch>> {
  const headerValue = (name: string): string | null => {
    const value = response.headers[name.toLowerCase()];
    return value === undefined ? null : Array.isArray(value) ? value.join(", ") : value;
  };
  return {
    status: response.statusCode ?? 0,
    url: url.href,
    headers: { get: headerValue },
    text: () => Promise.resolve(decode(bytes, headerValue("content-type"))),
  };
}

function decode(bytes: Buffer, contentType: string | null): string {
  const charset = /charset=["']?([\w-]+)/i.exec(contentType ?? "")?.[1];
  try {
    return new TextDecoder(charset ?? "utf-8").decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}
