/**
 * Turning the "Arguments" text box into an argv array and back. One rule set, so what the user
 * typed, the preview, the consent screen and the edit form all agree on where arguments begin.
 */

export type SplitResult = { ok: true; args: string[] } | { ok: false; error: string };

const whitespace = /\s/;

/**
 * Splits one line like a shell would: spaces separate arguments, single quotes keep text as is,
 * double quotes allow `\"` and `\\`. Outside quotes a backslash only escapes a space, a quote or
 * another backslash, so Windows paths such as `C:\tools\server.exe` survive unquoted.
 */
export function splitShellLine(line: string): SplitResult {
  const args: string[] = [];
  let current = "";
  // An argument has started even when it is empty, e.g. `""`.
  let started = false;
  let quote: "'" | '"' | undefined;
  for (let index = 0; index < line.length; index += 1) {
    const char = line.charAt(index);
    const next = line.charAt(index + 1);
    if (quote === "'") {
      if (char === "'") quote = undefined;
      else current += char;
    } else if (quote === '"') {
      if (char === "\\" && (next === '"' || next === "\\")) {
        current += next;
        index += 1;
      } else if (char === '"') quote = undefined;
      else current += char;
    } else if (char === "'" || char === '"') {
      quote = char;
      started = true;
    } else if (char === "\\" && next !== "" && (whitespace.test(next) || `"'\\`.includes(next))) {
      current += next;
      started = true;
      index += 1;
    } else if (whitespace.test(char)) {
      if (started) args.push(current);
      current = "";
      started = false;
    } else {
      current += char;
      started = true;
    }
  }
  if (quote !== undefined) {
    return { ok: false, error: `A ${quote === '"' ? "double" : "single"} quote is not closed.` };
  }
  if (started) args.push(current);
  return { ok: true, args };
}

/**
 * The Arguments box: several lines mean one argument per line, taken as written (so JSON or a
 * sentence needs no quoting); a single line is split like a shell command. A line that is only
 * a quoted argument loses its quotes, since people used to shells type them anyway.
 */
export function splitArguments(text: string): SplitResult {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
  if (lines.length === 0) return { ok: true, args: [] };
  if (lines.length === 1) return splitShellLine(lines[0] ?? "");
  return {
    ok: true,
    args: lines.map((line) => {
      if (!line.startsWith('"') && !line.startsWith("'")) return line;
      const split = splitShellLine(line);
      return split.ok && split.args.length === 1 ? (split.args[0] ?? line) : line;
    }),
  };
}

const plain = /^[\w@%+=:,./-]+$/;

/** Quotes an argument only when it needs it, in a form `splitShellLine` reads back. */
export function quoteArgument(arg: string): string {
  if (plain.test(arg)) return arg;
  if (!arg.includes("'")) return `'${arg}'`;
  return `"${arg.replace(/["\\]/g, (char) => `\\${char}`)}"`;
}

/** The whole command on one line, for summaries such as a server row. */
export function formatCommandLine(command: string, args: readonly string[]): string {
  return [command, ...args].map(quoteArgument).join(" ");
}

/** Stored arguments as the edit form shows them, read back by `splitArguments` unchanged. */
export function argumentsToText(args: readonly string[]): string {
  // A single line would be shell-split, so one argument is quoted; several go one per line.
  if (args.length <= 1) return args.map(quoteArgument).join("");
  const verbatim = args.every((arg) => arg.trim() === arg && arg !== "" && !/[\r\n]/.test(arg) && !/^["']/.test(arg));
  return verbatim ? args.join("\n") : args.map(quoteArgument).join(" ");
}
