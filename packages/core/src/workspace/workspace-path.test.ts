import { describe, expect, it } from "vitest";
import { caseFoldKey, normalizeWorkspacePath } from "./workspace-path.js";

function accepted(input: string): string {
  const result = normalizeWorkspacePath(input);
  if (!result.ok) throw new Error(`expected ${JSON.stringify(input)} to be accepted: ${result.reason}`);
  return result.path;
}

function refusal(input: string): string {
  const result = normalizeWorkspacePath(input);
  if (result.ok) throw new Error(`expected ${JSON.stringify(input)} to be refused, got ${result.path}`);
  return result.reason;
}

describe("normalizeWorkspacePath", () => {
  it.each([
    ["notes.md", "notes.md"],
    ["./notes.md", "notes.md"],
    ["src//app/./main.ts", "src/app/main.ts"],
    ["src\\app\\main.ts", "src/app/main.ts"],
    ["src/", "src"],
    [".", "."],
    ["./", "."],
    [".hidden", ".hidden"],
    ["...config", "...config"],
    ["a..b", "a..b"],
    ["%2e%2e/secret", "%2e%2e/secret"],
    ["..%2fsecret", "..%2fsecret"],
    ["~/notes", "~/notes"],
  ])("accepts %j as %j", (input, expected) => {
    expect(accepted(input)).toBe(expected);
  });

  it("composes Unicode so one name has one path", () => {
    expect(accepted("cafe\u0301.txt")).toBe("caf\u00e9.txt");
  });

  it("explains why `..` is refused, wherever it appears", () => {
    expect(refusal("../x")).toBe("Paths must stay inside the workspace; `../x` leaves it.");
    for (const input of ["..", "a/../../b", "a/..", "a\\..\\..\\b", "a/b/../c", "./../x"]) {
      expect(refusal(input)).toContain("leaves it");
    }
  });

  it.each([
    "/etc/passwd",
    "\\etc\\passwd",
    "\\\\server\\share\\x",
    "//server/share",
    "C:\\Windows",
    "c:secret",
    "C:/x",
  ])("refuses the absolute path %j", (input) => {
    expect(refusal(input)).toMatch(/absolute|drive letter/);
  });

  it.each(["a\u0000b", "a\nb", "\u001b[31m", "a\u007fb", "a\u0085b"])("refuses control characters in %j", (input) => {
    expect(refusal(input)).toContain("control character");
  });

  it.each(["\uff0e\uff0e/x", "a/\u2024\u2024/b", "\u2025", "x\uff0fy", "a/\ufe52\ufe52"])(
    "refuses look-alikes of dots and slashes in %j",
    (input) => {
      expect(refusal(input)).toContain("look-alike");
    },
  );

  it.each([".. ", "...", ". .", "a/... /b"])("refuses names of only dots and spaces like %j", (input) => {
    expect(refusal(input)).toContain("dots and spaces");
  });

  it("refuses colons, empty paths, broken Unicode and overlong names", () => {
    expect(refusal("file.txt:stream")).toContain("`:`");
    expect(refusal("")).toContain("empty");
    expect(refusal("a\ud800b")).toContain("lone surrogate");
    expect(refusal("x".repeat(256))).toContain("255 bytes");
    expect(refusal("\u00e9".repeat(128))).toContain("255 bytes");
    expect(accepted("x".repeat(255))).toHaveLength(255);
    expect(refusal(`${"abcdefgh/".repeat(460)}x`)).toContain("4096 bytes");
  });
});

describe("caseFoldKey", () => {
  it("gives names that collide on case-insensitive file systems the same key", () => {
    expect(caseFoldKey("Readme.MD")).toBe(caseFoldKey("readme.md"));
    expect(caseFoldKey("stra\u00dfe")).toBe(caseFoldKey("STRASSE"));
    expect(caseFoldKey("\u212a")).toBe(caseFoldKey("k"));
    expect(caseFoldKey("cafe\u0301")).toBe(caseFoldKey("CAF\u00c9"));
    expect(caseFoldKey("a/b")).not.toBe(caseFoldKey("a/c"));
  });
});
