import type {
  CreateMcpServerRequest,
  McpServerView,
  McpTransportInput,
  UpdateMcpServerRequest,
} from "@covalt/contracts";
import { argumentsToText, splitArguments } from "./command-line.js";
import { isHttpUrl } from "./is-http-url.js";

/** One environment variable or header row of the form. */
export interface KeyValueRow {
  id: string;
  key: string;
  value: string;
  secret: boolean;
  /** The name under which a secret value is already stored; an empty value then keeps it. */
  storedKey?: string | undefined;
}

export type TransportKind = "stdio" | "http";

export interface McpFormValues {
  name: string;
  kind: TransportKind;
  command: string;
  argsText: string;
  env: KeyValueRow[];
  cwd: string;
  url: string;
  headers: KeyValueRow[];
  trusted: boolean;
  eager: boolean;
}

export type McpFormField = "name" | "command" | "args" | "env" | "url" | "headers";
export type McpFormErrors = Partial<Record<McpFormField, string>>;

type Built<T> = { ok: true; value: T } | { ok: false; errors: McpFormErrors };

let rowCounter = 0;

export function newRow(secret = false): KeyValueRow {
  rowCounter += 1;
  return { id: `row-${String(rowCounter)}`, key: "", value: "", secret };
}

export function emptyFormValues(): McpFormValues {
  return {
    name: "",
    kind: "stdio",
    command: "",
    argsText: "",
    env: [],
    cwd: "",
    url: "",
    headers: [],
    trusted: false,
    eager: false,
  };
}

/** The edit form of a stored server: secrets appear by name with an empty value (kept unless retyped). */
export function formValuesFromServer(server: McpServerView): McpFormValues {
  const base = { ...emptyFormValues(), name: server.name, trusted: server.trusted, eager: server.startup === "eager" };
  const stored = (key: string): KeyValueRow => ({ ...newRow(true), key, storedKey: key });
  const { transport } = server;
  if (transport.type === "http") {
    return { ...base, kind: "http", url: transport.url, headers: transport.headerNames.map(stored) };
  }
  return {
    ...base,
    kind: "stdio",
    command: transport.command,
    argsText: argumentsToText(transport.args),
    cwd: transport.cwd ?? "",
    env: [
      ...Object.entries(transport.env).map(([key, value]) => ({ ...newRow(false), key, value })),
      ...transport.secretEnvKeys.map(stored),
    ],
  };
}

/** Splits rows into plain and secret maps; a stored secret left empty becomes `null` (keep it). */
function readRows(
  rows: readonly KeyValueRow[],
  what: string,
): { ok: true; plain: Record<string, string>; secret: Record<string, string | null> } | { ok: false; error: string } {
  const plain: Record<string, string> = {};
  const secret: Record<string, string | null> = {};
  const seen = new Set<string>();
  for (const row of rows) {
    const key = row.key.trim();
    if (key === "" && row.value === "") continue;
    if (key === "") return { ok: false, error: `Every ${what} needs a name.` };
    if (/[\s=:]/.test(key) && what === "variable") return { ok: false, error: `"${key}" is not a valid name.` };
    if (seen.has(key)) return { ok: false, error: `"${key}" appears twice.` };
    seen.add(key);
    const keeps = row.value === "" && row.storedKey === key;
    if (row.secret) {
      if (row.value === "" && !keeps) return { ok: false, error: `Give a value for ${key}.` };
      secret[key] = keeps ? null : row.value;
    } else {
      if (keeps) return { ok: false, error: `Type the value of ${key} again to store it as plain text.` };
      plain[key] = row.value;
    }
  }
  return { ok: true, plain, secret };
}

export function buildTransport(values: McpFormValues): Built<McpTransportInput> {
  if (values.kind === "http") {
    const url = values.url.trim();
    if (!isHttpUrl(url)) return { ok: false, errors: { url: "Give an http:// or https:// address." } };
    const headers = readRows(
      values.headers.map((row) => ({ ...row, secret: true })),
      "header",
    );
    if (!headers.ok) return { ok: false, errors: { headers: headers.error } };
    return { ok: true, value: { type: "http", url, headers: headers.secret } };
  }
  const errors: McpFormErrors = {};
  const command = values.command.trim();
  if (command === "") errors.command = "Give the program to run, e.g. npx, uvx, node or a full path.";
  const args = splitArguments(values.argsText);
  if (!args.ok) errors.args = args.error;
  const env = readRows(values.env, "variable");
  if (!env.ok) errors.env = env.error;
  if (!args.ok || !env.ok || errors.command) return { ok: false, errors };
  const cwd = values.cwd.trim();
  return {
    ok: true,
    value: {
      type: "stdio",
      command,
      args: args.args,
      env: env.plain,
      secretEnv: env.secret,
      ...(cwd === "" ? {} : { cwd }),
    },
  };
}

function withName<T>(values: McpFormValues, build: (transport: McpTransportInput, name: string) => T): Built<T> {
  const transport = buildTransport(values);
  const name = values.name.trim();
  const errors: McpFormErrors = transport.ok ? {} : { ...transport.errors };
  if (name === "") errors.name = "Give the server a name.";
  if (!transport.ok || name === "") return { ok: false, errors };
  return { ok: true, value: build(transport.value, name) };
}

export function createRequest(values: McpFormValues): Built<CreateMcpServerRequest> {
  return withName(values, (transport, name) => ({
    name,
    transport,
    enabled: true,
    trusted: values.trusted,
    startup: values.eager ? "eager" : "lazy",
    origin: "user",
  }));
}

/** The whole configuration is sent: secrets left out of `transport` would be deleted. */
export function updateRequest(values: McpFormValues): Built<UpdateMcpServerRequest> {
  return withName(values, (transport, name) => ({
    name,
    transport,
    trusted: values.trusted,
    startup: values.eager ? "eager" : "lazy",
  }));
}
