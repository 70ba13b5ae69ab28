import type { z } from "zod";

export type HttpMethod = "get" | "post" | "put" | "patch" | "delete";

/**
 * One HTTP endpoint, described once: the server registers its handler against it, the web
 * client calls it with typed input and output, and the OpenAPI document is generated from it.
 */
export interface RouteContract<
  Body extends z.ZodType | undefined = z.ZodType | undefined,
  Response extends z.ZodType = z.ZodType,
> {
  method: HttpMethod;
  /** Hono-style path with `:param` segments. */
  path: string;
  summary: string;
  /** `none` only for routes a browser must reach before it holds the install token. */
  auth: "token" | "none";
  body: Body;
  response: Response;
}

export function defineRoute<Body extends z.ZodType | undefined, Response extends z.ZodType>(
  route: RouteContract<Body, Response>,
): RouteContract<Body, Response> {
  return route;
}

export type RouteBody<R> = R extends RouteContract<infer B> ? (B extends z.ZodType ? z.input<B> : undefined) : never;
export type RouteResponse<R> = R extends RouteContract<z.ZodType | undefined, infer T> ? z.output<T> : never;
