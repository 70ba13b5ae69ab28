/**
 * The `[[mock …]]` directive language: tests and demos write one (or several) into the last user
 * message to script what the mock server answers. See README.md in this folder for the syntax.
 */

export interface MockToolCall {
  name: string;
  /** Any JSON value; sent as the call's arguments. Defaults to `{}`. */
  args?: unknown;
}

export interface MockDirective {
  /** Stream this many generated words instead of echoing the user message. */
  tokens?: number;
  /** Tokens per second; 0 or absent streams as fast as the socket takes them. */
  rate?: number;
  /** A fixed reply, streamed word by word (before any tool calls). */
  reply?: string;
  /** Reasoning before the reply: a number of generated words, or a fixed text. */
  reasoning?: number | string;
  /** Tool calls of this turn, in order; the next turn that carries their results quotes them. */
  tools?: readonly MockToolCall[];
  /** Answer with this HTTP error status in the provider's error format. */
  status?: number;
  /** Error message for `status` and `errorAfter`. */
  message?: string;
  /** Seconds in the `retry-after` header of an error response (429 defaults to 1). */
  retryAfter?: number;
  /** Destroy the socket after this many streamed tokens, before any finish event. */
  dropAfter?: number;
  /** Send a syntactically broken chunk after this many tokens (`true` = after 3). */
  malformed?: boolean | number;
  /** Send the provider's in-stream error event after this many tokens and end the stream. */
  errorAfter?: number;
  /** Wait this long before sending response headers. */
  delay?: number;
  /** Wait this long after the headers before the first token. */
  firstTokenDelay?: number;
  /** Each token is its own send time (ms since the epoch, µs precise), for latency measurements. */
  stamp?: boolean;
}

export class DirectiveError extends Error {
  override readonly name = "DirectiveError";
}

const opening = "[[mock";
const closing = "]]";

/** The directive keys as written on the wire, each with the property it sets. */
const numberKeys = {
  tokens: "tokens",
  rate: "rate",
  status: "status",
  "retry-after": "retryAfter",
  "drop-after": "dropAfter",
  "error-after": "errorAfter",
  delay: "delay",
  "first-token-delay": "firstTokenDelay",
} as const satisfies Record<string, keyof MockDirective>;

type NumberKey = keyof typeof numberKeys;

function isNumberKey(key: string): key is NumberKey {
  return Object.hasOwn(numberKeys, key);
}

/** Renders a directive that `parseDirectives` reads back to the same object. */
export function mockDirective(directive: MockDirective): string {
  const parts: string[] = [];
  for (const [key, property] of Object.entries(numberKeys)) {
    const value = directive[property];
    if (value !== undefined) parts.push(`${key}=${String(value)}`);
  }
  if (directive.reply !== undefined) parts.push(`reply=${JSON.stringify(directive.reply)}`);
  if (directive.message !== undefined) parts.push(`message=${JSON.stringify(directive.message)}`);
  if (typeof directive.reasoning === "number") parts.push(`reasoning=${directive.reasoning}`);
  if (typeof directive.reasoning === "string") parts.push(`reasoning=${JSON.stringify(directive.reasoning)}`);
  if (directive.stamp === true) parts.push("stamp");
  if (directive.malformed === true) parts.push("malformed");
  if (typeof directive.malformed === "number") parts.push(`malformed=${directive.malformed}`);
  for (const call of directive.tools ?? []) {
    const name = /^[A-Za-z_][\w.:-]*$/.test(call.name) ? call.name : JSON.stringify(call.name);
    parts.push(`tool=${name}`);
    if (call.args !== undefined) parts.push(`args=${JSON.stringify(call.args)}`);
  }
  return `${opening} ${parts.join(" ")}${closing}`;
}

export interface ParsedMessage {
  /** All directives of the message merged; tool calls accumulate in order. */
  directive: MockDirective;
  /** True when the message contained at least one directive. */
  found: boolean;
  /** The message with every directive removed. */
  text: string;
}

/** Reads every `[[mock …]]` block of a message; throws `DirectiveError` on a malformed one. */
export function parseDirectives(message: string): ParsedMessage {
  const directive: MockDirective = {};
  let text = "";
  let position = 0;
  let found = false;
  for (;;) {
    const start = message.indexOf(opening, position);
    if (start === -1) break;
    found = true;
    text += message.slice(position, start);
    const reader = new Reader(message, start + opening.length);
    readBlock(reader, directive);
    position = reader.position;
  }
  text += message.slice(position);
  return { directive, found, text };
}

function readBlock(reader: Reader, directive: MockDirective): void {
  const tools: MockToolCall[] = [...(directive.tools ?? [])];
  for (;;) {
    reader.skipSpace();
    if (reader.consume(closing)) break;
    if (reader.atEnd()) throw new DirectiveError(`mock directive: missing "${closing}"`);
    const key = reader.key();
    const value = reader.consume("=") ? reader.value(key) : true;
    if (key === "tool") {
      tools.push({ name: asString(key, value) });
    } else if (key === "args") {
      const last = tools.at(-1);
      if (last === undefined) throw new DirectiveError("mock directive: args= must follow a tool=");
      last.args = value;
    } else if (key === "tools") {
      tools.push(...asToolList(value));
    } else {
      assign(directive, key, value);
    }
  }
  if (tools.length > 0) directive.tools = tools;
}

function assign(directive: MockDirective, key: string, value: unknown): void {
  if (isNumberKey(key)) {
    directive[numberKeys[key]] = asNumber(key, value);
  } else if (key === "reply" || key === "message") {
    directive[key] = asString(key, value);
  } else if (key === "reasoning") {
    directive.reasoning = typeof value === "string" ? value : asNumber(key, value);
  } else if (key === "stamp") {
    if (value !== true) throw new DirectiveError("mock directive: stamp takes no value");
    directive.stamp = true;
  } else if (key === "malformed") {
    directive.malformed = value === true ? true : asNumber(key, value);
  } else {
    throw new DirectiveError(`mock directive: unknown key "${key}"`);
  }
}

function asNumber(key: string, value: unknown): number {
  const number = typeof value === "number" ? value : typeof value === "string" ? Number(value) : Number.NaN;
  if (!Number.isFinite(number) || number < 0) {
    throw new DirectiveError(`mock directive: ${key}= needs a non-negative number`);
  }
  return number;
}

function asString(key: string, value: unknown): string {
  if (typeof value !== "string") throw new DirectiveError(`mock directive: ${key}= needs a text value`);
  return value;
}

function asToolList(value: unknown): MockToolCall[] {
  if (!Array.isArray(value)) throw new DirectiveError('mock directive: tools= needs a JSON array of {"name","args"}');
  return value.map((entry: unknown) => {
    if (typeof entry !== "object" || entry === null || !("name" in entry) || typeof entry.name !== "string") {
      throw new DirectiveError('mock directive: every tools= entry needs a "name"');
    }
    return "args" in entry ? { name: entry.name, args: entry.args } : { name: entry.name };
  });
}

/** A cursor over the directive text; values are bare words, JSON strings, objects or arrays. */
class Reader {
  constructor(
    private readonly source: string,
    public position: number,
  ) {}

  atEnd(): boolean {
    return this.position >= this.source.length;
  }

  skipSpace(): void {
    while (!this.atEnd() && /\s/.test(this.source.charAt(this.position))) this.position++;
  }

  consume(literal: string): boolean {
    if (!this.source.startsWith(literal, this.position)) return false;
    this.position += literal.length;
    return true;
  }

  key(): string {
    const match = /^[a-z][a-z-]*/.exec(this.source.slice(this.position));
    if (match === null) {
      throw new DirectiveError(
        `mock directive: expected a key at "${this.source.slice(this.position, this.position + 20)}"`,
      );
    }
    this.position += match[0].length;
    return match[0];
  }

  value(key: string): unknown {
    const first = this.source.charAt(this.position);
    if (first === '"' || first === "{" || first === "[") return this.json(key);
    const start = this.position;
    while (
      !this.atEnd() &&
      !/\s/.test(this.source.charAt(this.position)) &&
      !this.source.startsWith(closing, this.position)
    ) {
      this.position++;
    }
    const bare = this.source.slice(start, this.position);
    // Bare numbers are numbers, so `reasoning=20` counts words while `reasoning="20"` is a text.
    return /^\d+(\.\d+)?$/.test(bare) ? Number(bare) : bare;
  }

  /** Scans one balanced JSON value (brackets inside strings do not count) and parses it. */
  private json(key: string): unknown {
    const start = this.position;
    let depth = 0;
    let inString = false;
    while (!this.atEnd()) {
      const character = this.source.charAt(this.position++);
      if (inString) {
        if (character === "\\") this.position++;
        else if (character === '"') inString = false;
      } else if (character === '"') {
        inString = true;
      } else if (character === "{" || character === "[") {
        depth++;
      } else if (character === "}" || character === "]") {
        depth--;
      }
      if (!inString && depth === 0) break;
    }
    const raw = this.source.slice(start, this.position);
    try {
      return JSON.parse(raw) as unknown;
    } catch {
      throw new DirectiveError(`mock directive: ${key}= is not valid JSON: ${raw}`);
    }
  }
}
