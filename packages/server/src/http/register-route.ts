import type { RouteContract, RouteResponse } from "@covalt/contracts";
import { CovaltError } from "@covalt/core";
import type { Context, Hono } from "hono";
import { z } from "zod";

export interface RouteInput<R extends RouteContract> {
  body: R["body"] extends z.ZodType ? z.output<R["body"]> : undefined;
  query: NonNullable<R["query"]> extends z.ZodType ? z.output<NonNullable<R["query"]>> : undefined;
  params: Record<string, string>;
  context: Context;
}

export type RouteHandler<R extends RouteContract> = (
  input: RouteInput<R>,
) => RouteResponse<R> | Promise<RouteResponse<R>>;

/**
 * Binds a handler to its contract: the body is parsed at the boundary (a readable 400 names each
 * bad field) and the handler's result is checked against the response schema, so the OpenAPI
 * document generated from the same contract cannot drift from what the server does.
 */
export function registerRoute<R extends RouteContract>(app: Hono, route: R, handler: RouteHandler<R>): void {
  app.on(route.method.toUpperCase(), route.path, async (context) => {
    const body = route.body === undefined ? undefined : await parseBody(context, route.body);
    const query = route.query === undefined ? undefined : parseQuery(context, route.query);
    const result = await handler({ body, query, params: context.req.param(), context } as RouteInput<R>);
    return context.json(route.response.parse(result) as object);
  });
}

function parseQuery(context: Context, schema: z.ZodType): unknown {
  const parsed = schema.safeParse(context.req.query());
  if (!parsed.success) {
    throw new CovaltError("validation-failed", `The query parameters are invalid:\n${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

async function parseBody(context: Context, schema: z.ZodType): Promise<unknown> {
  let raw: unknown;
  try {
    raw = await context.req.json();
  } catch {
    throw new CovaltError("validation-failed", "The request body must be valid JSON.");
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw new CovaltError("validation-failed", `The request body is invalid:\n${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}
