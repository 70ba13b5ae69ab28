import { z } from "zod";
import { AppEventEnvelope, ErrorResponse, RunEventEnvelope, apiRoutes } from "../src/index.js";
import type { RouteContract } from "../src/index.js";

/** The checked-in files under `generated/`, by file name, rendered from the zod sources. */
export function renderGeneratedFiles(version: string): Record<string, string> {
  return {
    "events.v1.schema.json": toJson(runEventsSchema()),
    "app-events.v1.schema.json": toJson(appEventsSchema()),
    "openapi.json": toJson(openApiDocument(version)),
  };
}

function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

function runEventsSchema() {
  return {
    ...z.toJSONSchema(RunEventEnvelope, { io: "output", unrepresentable: "any" }),
    title: "Covalt run event envelope, v1",
  };
}

function appEventsSchema() {
  return {
    ...z.toJSONSchema(AppEventEnvelope, { io: "output", unrepresentable: "any" }),
    title: "Covalt app event envelope, v1",
  };
}

interface QueryObject {
  properties?: Record<string, unknown>;
  required?: string[];
}

function schemaOf(schema: z.ZodType, io: "input" | "output") {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" });
  return rest;
}

function openApiDocument(version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [name, route] of Object.entries(apiRoutes) as [string, RouteContract][]) {
    const openApiPath = route.path.replace(/:([A-Za-z]+)/g, "{$1}");
    const pathParameters = [...route.path.matchAll(/:([A-Za-z]+)/g)].map((match) => ({
      name: match[1],
      in: "path",
      required: true,
      schema: { type: "string" },
    }));
    const querySchema = route.query === undefined ? undefined : (schemaOf(route.query, "input") as QueryObject);
    const queryParameters = Object.entries(querySchema?.properties ?? {}).map(([key, schema]) => ({
      name: key,
      in: "query",
      required: querySchema?.required?.includes(key) ?? false,
      schema,
    }));
    const parameters = [...pathParameters, ...queryParameters];
    paths[openApiPath] ??= {};
    paths[openApiPath][route.method] = {
      operationId: name,
      summary: route.summary,
      ...(route.auth === "token" ? {} : { security: [] }),
      ...(parameters.length > 0 ? { parameters } : {}),
      ...(route.body
        ? {
            requestBody: {
              required: true,
              content: { "application/json": { schema: schemaOf(route.body, "input") } },
            },
          }
        : {}),
      responses: {
        "200": {
          description: "Success",
          content: { "application/json": { schema: schemaOf(route.response, "output") } },
        },
        default: {
          description: "Error",
          content: { "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } } },
        },
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: { title: "Covalt API", version },
    servers: [{ url: "http://127.0.0.1:3210" }],
    security: [{ bearerToken: [] }, { tokenCookie: [] }],
    paths,
    components: {
      securitySchemes: {
        bearerToken: { type: "http", scheme: "bearer" },
        tokenCookie: { type: "apiKey", in: "cookie", name: "covalt_token" },
      },
      schemas: { ErrorResponse: schemaOf(ErrorResponse, "output") },
    },
  };
}
