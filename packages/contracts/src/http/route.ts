import type { z } from "zod";

export type HttpMethod = "get" | "post" | "put" | "patch" | "delete";

/**
 * One HTTP endpoint, described once: the server registers its handler against it, the web
 * client calls it with typed input and output, and the OpenAPI document is generated from it.
 */
export interface RouteContract<
  Body extends z.ZodType | undefined = z.ZodType | undefined,
  Response extends z.ZodType = z.ZodType,
  Query extends z.ZodType | undefined = z.ZodType | undefined,
> {
  method: HttpMethod;
  /** Hono-style path with `:param` segments. */
  path: string;
  summary: string;
  /** `none` only for routes a browser must reach before it holds the install token. */
  auth: "token" | "none";
  body: Body;
  /** Query parameters, as a `z.object` of strings (coerced by the schema where needed). */
  query?: Query;
  response: Response;
}

export function defineRoute<
  Body extends z.ZodType | undefined,
  Response extends z.ZodType,
  Query extends z.ZodType | undefined = undefined,
>(route: RouteContract<Body, Response, Query>): RouteContract<Body, Response, Query> {
  return route;
}

export type RouteBody<R> =
  R extends RouteContract<infer B, z.ZodType, z.ZodType | undefined>
    ? B extends z.ZodType
      ? z.input<B>
      : undefined
    : never;
export type RouteResponse<R> =
  R extends RouteContract<z.ZodType | undefined, infer T, z.ZodType | undefined> ? z.output<T> : never;
export type RouteQuery<R> =
  R extends RouteContract<z.ZodType | undefined, z.ZodType, infer Q>
    ? Q extends z.ZodType
      ? z.input<Q>
      : undefined
    : never;
