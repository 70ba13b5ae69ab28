import { describe, expect, it } from "vitest";
import { argumentsToText, formatCommandLine, quoteArgument, splitArguments, splitShellLine } from "./command-line.js";

const args = (text: string) => {
  const result = splitArguments(text);
  if (!result.ok) throw new Error(result.error);
  return result.args;
};

describe("splitShellLine", () => {
  it("splits on runs of whitespace", () => {
    expect(splitShellLine("  -y   @scope/server  /tmp ")).toEqual({ ok: true, args: ["-y", "@scope/server", "/tmp"] });
  });

  it("keeps quoted spaces and joins adjacent quoted parts", () => {
    expect(splitShellLine(`--dir "/My Files" 'a b'c --x=""`)).toEqual({
      ok: true,
      args: ["--dir", "/My Files", "a bc", "--x="],
    });
  });

  it("keeps empty quoted arguments", () => {
    expect(splitShellLine(`a "" ''`)).toEqual({ ok: true, args: ["a", "", ""] });
  });

  it("reads escapes inside double quotes and none inside single quotes", () => {
    expect(splitShellLine(`"say \\"hi\\" \\\\ \\n" 'it\\s'`)).toEqual({ ok: true, args: ['say "hi" \\ \\n', "it\\s"] });
  });

  it("keeps Windows paths and escapes spaces outside quotes", () => {
    expect(splitShellLine(String.raw`C:\tools\server.exe my\ file`)).toEqual({
      ok: true,
      args: [String.raw`C:\tools\server.exe`, "my file"],
    });
  });

  it("reports an unclosed quote", () => {
    expect(splitShellLine(`--name "open`)).toEqual({ ok: false, error: "A double quote is not closed." });
    expect(splitShellLine(`'open`)).toEqual({ ok: false, error: "A single quote is not closed." });
  });
});

describe("splitArguments", () => {
  it("is empty for blank text", () => {
    expect(args(" \n  \n")).toEqual([]);
  });

  it("splits a single line like a shell", () => {
    expect(args("-y @modelcontextprotocol/server-filesystem '/home/me/My Documents'")).toEqual([
      "-y",
      "@modelcontextprotocol/server-filesystem",
      "/home/me/My Documents",
    ]);
  });

  it("takes one argument per line when there are several lines", () => {
    expect(args('--config\n{"a": 1, "b": [2]}\n\nhello world\r\n')).toEqual([
      "--config",
      '{"a": 1, "b": [2]}',
      "hello world",
    ]);
  });

  it("drops the quotes of a line that is one quoted argument", () => {
    expect(args(`--dir\n"/My Files"\n"a" b`)).toEqual(["--dir", "/My Files", '"a" b']);
  });
});

describe("quoting and formatting", () => {
  it("leaves plain arguments bare", () => {
    expect(quoteArgument("@scope/pkg@1.2.3")).toBe("@scope/pkg@1.2.3");
    expect(quoteArgument("--port=8080")).toBe("--port=8080");
  });

  it("quotes arguments with spaces, quotes or nothing", () => {
    expect(quoteArgument("a b")).toBe("'a b'");
    expect(quoteArgument("")).toBe("''");
    expect(quoteArgument(`it's "x"`)).toBe(`"it's \\"x\\""`);
  });

  it("formats a command line that splits back into the same arguments", () => {
    const argv = ["-y", "my server", `it's`, "", String.raw`C:\a b\c`, '{"k": "v"}'];
    const line = formatCommandLine("npx", argv);
    expect(line).toBe(`npx -y 'my server' "it's" '' 'C:\\a b\\c' '{"k": "v"}'`);
    expect(args(line)).toEqual(["npx", ...argv]);
  });

  it("turns stored arguments into text that reads back unchanged", () => {
    const cases = [[], ["only one"], ["a", "b c", '{"x": 1}'], ["a", ""], ["x", "'quoted'"], ["a", " padded "]];
    for (const argv of cases) expect(args(argumentsToText(argv))).toEqual(argv);
    expect(argumentsToText(["--dir", "/My Files"])).toBe("--dir\n/My Files");
  });
});
