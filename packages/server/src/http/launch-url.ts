import type { MiddlewareHandler } from "hono";
import { setCookie } from "hono/cookie";
import { tokenCookieName, tokenMatches } from "./request-security.js";

const oneYearInSeconds = 365 * 24 * 60 * 60;

/**
 * Opening the printed launch URL (`/?token=…`) signs this browser in: the token moves into an
 * HttpOnly cookie that page scripts cannot read, and the browser is redirected to the same page
 * without the token so it never lingers in history or address bar. A wrong token only redirects;
 * the app then explains that the browser is not signed in.
 */
export function acceptLaunchToken(token: string): MiddlewareHandler {
  return async (context, next) => {
    const url = new URL(context.req.url);
    const offered = url.searchParams.get("token");
    if (offered === null || context.req.method !== "GET") {
      await next();
      return;
    }
    if (tokenMatches(offered, token)) {
      setCookie(context, tokenCookieName, token, {
        httpOnly: true,
        sameSite: "Strict",
        path: "/",
        maxAge: oneYearInSeconds,
      });
    }
    url.searchParams.delete("token");
    const query = url.searchParams.toString();
    return context.redirect(`${url.pathname}${query === "" ? "" : `?${query}`}`, 302);
  };
}
