import { createHash, timingSafeEqual } from "node:crypto";
import { isIP } from "node:net";
import type { MiddlewareHandler } from "hono";
import { getCookie } from "hono/cookie";
import { errorResponse } from "./http-errors.js";

export const tokenCookieName = "covalt_token";

export interface HostPolicy {
  /** Lower-case host names accepted in `Host` (without port). */
  allowedHostnames: ReadonlySet<string>;
  /** Bound to a wildcard address: any IP literal is a legitimate way to reach us. */
  acceptAnyIpLiteral: boolean;
}

const loopbackNames = ["localhost", "127.0.0.1", "[::1]", "::1"];
const wildcardAddresses = new Set(["0.0.0.0", "::", "[::]"]);

export function isLoopbackHost(host: string): boolean {
  return loopbackNames.includes(host) || /^127\.\d+\.\d+\.\d+$/.test(host);
}

export function hostPolicyFor(boundHost: string, extraHostnames: readonly string[]): HostPolicy {
  const bound = boundHost.toLowerCase();
  const names = new Set([...loopbackNames, ...extraHostnames.map((name) => name.toLowerCase())]);
  if (!wildcardAddresses.has(bound)) names.add(isIP(bound) === 6 ? `[${bound}]` : bound);
  return { allowedHostnames: names, acceptAnyIpLiteral: wildcardAddresses.has(bound) };
}

function hostnameOf(hostHeader: string): string {
  const lower = hostHeader.toLowerCase();
  if (lower.startsWith("[")) return lower.slice(0, lower.indexOf("]") + 1);
  const colon = lower.lastIndexOf(":");
  return colon === -1 ? lower : lower.slice(0, colon);
}

export function isRequestHostAllowed(hostHeader: string, policy: HostPolicy): boolean {
  const hostname = hostnameOf(hostHeader);
  if (policy.allowedHostnames.has(hostname)) return true;
  return policy.acceptAnyIpLiteral && isIP(hostname.replace(/^\[|\]$/g, "")) !== 0;
}

/**
 * DNS-rebinding defence: a page on evil.example whose name now resolves to 127.0.0.1 still sends
 * `Host: evil.example`, so only names that really mean this server are served. Browsers also
 * send `Origin` on cross-origin requests; anything but our exact origin (scheme, host and port —
 * another app on localhost is same-site but not same-origin) is refused.
 */
export function requireTrustedHostAndOrigin(policy: HostPolicy): MiddlewareHandler {
  return async (context, next) => {
    const host = context.req.header("host");
    if (host === undefined || !isRequestHostAllowed(host, policy)) {
      return errorResponse(
        context,
        "forbidden-host",
        `Requests for host "${host ?? ""}" are refused. Open Covalt through 127.0.0.1 or localhost, or add the name to COVALT_ALLOWED_HOSTS.`,
      );
    }
    const origin = context.req.header("origin");
    if (origin !== undefined && origin !== `http://${host}`) {
      return errorResponse(context, "forbidden-origin", `Requests from origin "${origin}" are refused.`);
    }
    await next();
  };
}

function digest(value: string): Buffer {
  return createHash("sha256").update(value).digest();
}

/** Constant-time comparison, so response timing reveals nothing about the token. */
export function tokenMatches(candidate: string | undefined, token: string): boolean {
  if (candidate === undefined || candidate === "") return false;
  return timingSafeEqual(digest(candidate), digest(token));
}

export function presentedToken(authorization: string | undefined, cookie: string | undefined): string | undefined {
  if (authorization !== undefined) {
    const match = /^Bearer\s+(.+)$/i.exec(authorization);
    return match?.[1]?.trim();
  }
  return cookie;
}

/** Requires the install token on every path except the `publicPaths` the contracts mark `auth: "none"`. */
export function requireToken(token: string, publicPaths: ReadonlySet<string>): MiddlewareHandler {
  return async (context, next) => {
    if (publicPaths.has(context.req.path)) {
      await next();
      return;
    }
    const candidate = presentedToken(context.req.header("authorization"), getCookie(context, tokenCookieName));
    if (!tokenMatches(candidate, token)) {
      return errorResponse(
        context,
        "unauthorized",
        "This request lacks the Covalt install token. Open the launch URL that `npm start` printed, or send `Authorization: Bearer <token>`.",
      );
    }
    await next();
  };
}
