import { languages } from "@codemirror/language-data";
import { describe, expect, it } from "vitest";
import { fileName, findLanguage } from "./code-language.js";

describe("findLanguage", () => {
  it("matches a declared language by name or alias", () => {
    expect(findLanguage(languages, { language: "TypeScript" })?.name).toBe("TypeScript");
    expect(findLanguage(languages, { language: "bash" })?.name).toBe("Shell");
  });

  it("reads a declared language as an extension when it is not a name", () => {
    expect(findLanguage(languages, { language: "py" })?.name).toBe("Python");
    expect(findLanguage(languages, { language: "rs" })?.name).toBe("Rust");
  });

  it("detects the language from the path when none is declared or it is unknown", () => {
    expect(findLanguage(languages, { path: "src/app.tsx" })?.name).toBe("TSX");
    expect(findLanguage(languages, { language: "klingon", path: "C:\\work\\main.py" })?.name).toBe("Python");
    expect(findLanguage(languages, { path: "docker/Dockerfile" })?.name).toBe("Dockerfile");
  });

  it("returns null for plain text", () => {
    expect(findLanguage(languages, { path: "notes.unknownext" })).toBeNull();
    expect(findLanguage(languages, {})).toBeNull();
  });
});

describe("fileName", () => {
  it("takes the last path segment", () => {
    expect(fileName("a/b/c.ts")).toBe("c.ts");
    expect(fileName("c.ts")).toBe("c.ts");
  });
});
