import type { CreateMcpServerRequest } from "@covalt/contracts";
import { isHttpUrl } from "./is-http-url.js";
import { looksSecret } from "./secret-names.js";

export interface ParsedMcpServers {
  servers: CreateMcpServerRequest[];
  /** One readable sentence per entry (or for the whole text) that could not be imported. */
  problems: string[];
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const nameLimit = 120;

/**
 * Reads the `mcpServers` JSON that Claude Desktop, Cursor and others use (VS Code's `servers`
 * too). Each entry becomes a create request with origin `import`; an entry that cannot be read
 * is reported by name and the others still import. Environment variables whose names look like
 * credentials go to the vault; every header does, since headers usually carry tokens.
 */
export function parseMcpServersJson(text: string): ParsedMcpServers {
  if (text.trim() === "") return { servers: [], problems: ["Paste a configuration or choose a file first."] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? ` (${error.message})` : "";
    return { servers: [], problems: [`This is not valid JSON${detail}.`] };
  }
  if (!isObject(json)) return { servers: [], problems: ['Expected an object like {"mcpServers": {…}}.'] };
  const entries = json["mcpServers"] ?? json["servers"];
  if (entries === undefined) {
    const single = "command" in json || "url" in json;
    return {
      servers: [],
      problems: [
        single
          ? 'This looks like a single server; put it inside {"mcpServers": {"name": …}}.'
          : 'No "mcpServers" found; expected {"mcpServers": {"name": {"command": …}}}.',
      ],
    };
  }
  if (!isObject(entries)) return { servers: [], problems: ['"mcpServers" must be an object of named servers.'] };

  const servers: CreateMcpServerRequest[] = [];
  const problems: string[] = [];
  for (const [key, entry] of Object.entries(entries)) {
    const name = key.trim();
    const result = name === "" ? "has no name." : readServer(name, entry);
    if (typeof result === "string") problems.push(`"${key}" ${result}`);
    else servers.push(result);
  }
  if (servers.length === 0 && problems.length === 0) problems.push('"mcpServers" is empty.');
  return { servers, problems };
}

/** A create request, or what is wrong with the entry (a sentence after its name). */
function readServer(name: string, entry: unknown): CreateMcpServerRequest | string {
  if (name.length > nameLimit) return `has a name longer than ${String(nameLimit)} characters.`;
  if (!isObject(entry)) return "is not an object.";
  const base = { name, enabled: false, trusted: false, startup: "lazy", origin: "import" } as const;

  if (typeof entry["command"] === "string" && entry["command"].trim() !== "") {
    const args = entry["args"] ?? [];
    if (!Array.isArray(args) || !args.every((arg) => typeof arg === "string" || typeof arg === "number")) {
      return 'has "args" that are not a list of strings.';
    }
    const env = readStrings(entry["env"]);
    if (env === undefined) return 'has "env" that is not an object of strings.';
    const plain: Record<string, string> = {};
    const secret: Record<string, string> = {};
    for (const [variable, value] of Object.entries(env)) (looksSecret(variable) ? secret : plain)[variable] = value;
    const cwd = typeof entry["cwd"] === "string" && entry["cwd"].trim() !== "" ? entry["cwd"] : undefined;
    return {
      ...base,
      transport: {
        type: "stdio",
        command: entry["command"].trim(),
        args: args.map(String),
        env: plain,
        secretEnv: secret,
        ...(cwd === undefined ? {} : { cwd }),
      },
    };
  }

  const url = entry["url"] ?? entry["serverUrl"];
  if (typeof url === "string") {
    if (!isHttpUrl(url)) return `has a URL that is not http(s): ${url}`;
    const headers = readStrings(entry["headers"]);
    if (headers === undefined) return 'has "headers" that are not an object of strings.';
    return { ...base, transport: { type: "http", url, headers } };
  }
  return 'needs a "command" (a program to run) or a "url".';
}

/** An object of string (or number/boolean) values; undefined when the shape is wrong. */
function readStrings(value: unknown): Record<string, string> | undefined {
  if (value === undefined || value === null) return {};
  if (!isObject(value)) return undefined;
  const result: Record<string, string> = {};
  for (const [key, item] of Object.entries(value)) {
    if (typeof item !== "string" && typeof item !== "number" && typeof item !== "boolean") return undefined;
    result[key] = String(item);
  }
  return result;
}
