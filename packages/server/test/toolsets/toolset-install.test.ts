import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { zipSync, type Zippable } from "fflate";
import pino from "pino";
import { afterAll, describe, expect, it } from "vitest";
import { ToolsetHost } from "../../src/toolsets/index.js";
import { callIn, openHost, writeToolset } from "./support/toolset-fixtures.js";

const fixture = await openHost();
afterAll(() => fixture.cleanup());
const sources = join(fixture.temp.path, "sources");
const installedDir = (id: string) => join(fixture.dataDir, "toolsets", id);
const echoTool = (label: string) => ({
  code: `export default defineTool({ async execute(args) { return { label: "${label}", args }; } });`,
});

/** The files of a toolset folder as a ZIP, optionally under one top-level folder. */
function zipFolder(dir: string, top = ""): Uint8Array {
  const files: Zippable = {};
  const walk = (relative: string) => {
    for (const entry of readdirSync(join(dir, relative), { withFileTypes: true })) {
      const path = relative === "" ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else files[top + path] = readFileSync(join(dir, path));
    }
  };
  walk("");
  return zipSync(files);
}

describe("installing toolsets", () => {
  it("installs from a folder, runs the tool, and replaces it on reinstall", async () => {
    const source = writeToolset(join(sources, "echo-v1"), "echo", { echo: echoTool("v1") });
    const loaded = await fixture.host.install({ path: source });
    expect(loaded).toMatchObject({
      id: "echo",
      builtin: false,
      dir: installedDir("echo"),
      tools: [{ id: "toolset:echo/echo", defaultApproval: "auto" }],
    });
    expect(
      await fixture.host.execute({ toolsetId: "echo", toolName: "echo", args: { a: 1 }, ...callIn(fixture.workspace) }),
    ).toEqual({ label: "v1", args: { a: 1 } });

    const replacement = writeToolset(join(sources, "echo-v2"), "echo", { echo: echoTool("v2") });
    await fixture.host.install({ zip: zipFolder(replacement) });
    expect(
      await fixture.host.execute({ toolsetId: "echo", toolName: "echo", args: {}, ...callIn(fixture.workspace) }),
    ).toEqual({ label: "v2", args: {} });
    expect(
      readdirSync(join(fixture.dataDir, "toolsets"))
        .filter((name) => !name.startsWith(".build"))
        .sort(),
    ).toEqual(["echo"]);
  });

  it("installs a ZIP whose manifest sits inside one top-level folder", async () => {
    const source = writeToolset(join(sources, "nested"), "nested", { hello: echoTool("nested") });
    const loaded = await fixture.host.install({ zip: zipFolder(source, "nested-1.0/") });
    expect(loaded.id).toBe("nested");
    expect(existsSync(join(installedDir("nested"), "toolset.yaml"))).toBe(true);
  });

  it("refuses ZIP entries that escape, symlinks, and archives without a manifest", async () => {
    const manifest = readFileSync(join(sources, "nested", "toolset.yaml"));
    const escape = zipSync({ "toolset.yaml": manifest, "../evil.txt": new Uint8Array([1]) });
    await expect(fixture.host.install({ zip: escape })).rejects.toThrow(
      'Cannot install this ZIP: the entry "../evil.txt" is not allowed. Paths must stay inside the workspace; `../evil.txt` leaves it.',
    );
    const absolute = zipSync({ "toolset.yaml": manifest, "/etc/evil": new Uint8Array([1]) });
    await expect(fixture.host.install({ zip: absolute })).rejects.toThrow(/absolute/);
    const link = zipSync({
      "toolset.yaml": manifest,
      link: [new TextEncoder().encode("/etc/passwd"), { os: 3, attrs: 0o120777 << 16 }],
    });
    await expect(fixture.host.install({ zip: link })).rejects.toThrow(
      "link is a symbolic link; toolsets may contain only files and folders.",
    );
    await expect(fixture.host.install({ zip: zipSync({ "readme.md": new Uint8Array([1]) }) })).rejects.toThrow(
      "has no toolset.yaml",
    );
    await expect(fixture.host.install({ zip: new Uint8Array([1, 2, 3]) })).rejects.toMatchObject({
      code: "validation-failed",
    });
    expect(existsSync(join(fixture.temp.path, "evil.txt"))).toBe(false);
  });

  it("refuses folders with symlinks", async () => {
    const source = writeToolset(join(sources, "linked"), "linked", { hello: echoTool("linked") });
    symlinkSync("/etc/passwd", join(source, "passwd"));
    await expect(fixture.host.install({ path: source })).rejects.toThrow("passwd is a symbolic link");
    expect(fixture.host.get("linked")).toBeUndefined();
  });

  it("never replaces or uninstalls a built-in toolset", async () => {
    const impostor = writeToolset(join(sources, "impostor"), "files", { read_file: echoTool("impostor") });
    await expect(fixture.host.install({ path: impostor })).rejects.toMatchObject({ code: "conflict" });
    await expect(fixture.host.uninstall("files")).rejects.toMatchObject({ code: "conflict" });
    expect(fixture.host.get("files")?.builtin).toBe(true);
  });

  it("uninstalls, stopping its process and removing its folder", async () => {
    await fixture.host.install({ path: writeToolset(join(sources, "gone"), "gone", { hello: echoTool("gone") }) });
    await fixture.host.execute({ toolsetId: "gone", toolName: "hello", args: {}, ...callIn(fixture.workspace) });
    await fixture.host.uninstall("gone");
    expect(fixture.host.get("gone")).toBeUndefined();
    expect(existsSync(installedDir("gone"))).toBe(false);
    await expect(
      fixture.host.execute({ toolsetId: "gone", toolName: "hello", args: {}, ...callIn(fixture.workspace) }),
    ).rejects.toMatchObject({ code: "tool-not-found" });
    await expect(fixture.host.uninstall("gone")).rejects.toMatchObject({ code: "not-found" });
  });

  it("reloads installed toolsets on open and skips a broken one with a log line", async () => {
    mkdirSync(installedDir("broken"), { recursive: true });
    writeFileSync(join(installedDir("broken"), "toolset.yaml"), "id: broken\nname: [unclosed\n");
    const warnings: string[] = [];
    const logger = pino(
      { level: "warn" },
      { write: (line: string) => warnings.push((JSON.parse(line) as { dir: string }).dir) },
    );
    const reopened = await ToolsetHost.open({
      dataDir: fixture.dataDir,
      builtinDirs: fixture.host
        .list()
        .filter((toolset) => toolset.builtin)
        .map((toolset) => toolset.dir),
      logger,
    });
    try {
      expect(
        reopened
          .list()
          .map((toolset) => toolset.id)
          .sort(),
      ).toEqual(["echo", "files", "nested", "web"]);
      expect(warnings).toEqual([installedDir("broken")]);
    } finally {
      await reopened.close();
    }
  });
});

describe("manifest errors point at the line and column", () => {
  const install = async (
    name: string,
    yaml: string,
    files: Record<string, string> = { "tools/a.ts": "export default {};" },
  ) => {
    const dir = join(sources, name);
    mkdirSync(join(dir, "tools"), { recursive: true });
    writeFileSync(join(dir, "toolset.yaml"), yaml);
    for (const [path, content] of Object.entries(files)) writeFileSync(join(dir, path), content);
    return fixture.host.install({ path: dir }).then(
      () => "installed",
      (error: unknown) => error as Error & { code: string },
    );
  };
  const tool = (fields: string) =>
    `  - name: a\n    description: A tool\n    entry: tools/a.ts\n    input_schema: { type: object }\n${fields}`;

  it("names the key, the rule and the position of each problem", async () => {
    const yaml = [
      "id: located",
      "name: Located",
      "version: 1.0.0",
      "tools:",
      tool("    risk: read\n"),
      "  - name: b",
      "    description: Another",
      "    entry: tools/a.ts",
      "    input_schema: { type: object }",
      "    risk: dangerous",
      "",
    ].join("\n");
    const error = await install("located", yaml);
    expect(error).toMatchObject({
      code: "validation-failed",
      message: "toolset.yaml:15:11: tools[1].risk must be one of read, write, execute, network",
    });
  });

  it("reports missing keys at their parent, unknown keys, bad ids and schema types, all at once", async () => {
    const yaml = [
      "id: Bad_Id",
      "version: 1",
      "tools:",
      tool("    risk: read\n    aproval: ask\n"),
      tool("    risk: read\n").replace("{ type: object }", "{ type: array }"),
      "",
    ].join("\n");
    const error = (await install("many", yaml)) as Error;
    expect(error.message.split("\n")).toEqual([
      "toolset.yaml:1:5: id must be a lowercase slug: letters a-z, digits and '-', at most 63 characters",
      "toolset.yaml:1:1: name is required",
      "toolset.yaml:2:10: version must be a string",
      "toolset.yaml:9:5: tools[0] has unknown key aproval",
      'toolset.yaml:14:27: tools[1].input_schema.type must be "object"',
    ]);
  });

  it("refuses duplicate tool names at the second one", async () => {
    const yaml = [
      "id: twice",
      "name: Twice",
      "version: 1.0.0",
      "tools:",
      tool("    risk: read\n"),
      tool("    risk: write\n"),
      "",
    ].join("\n");
    const error = (await install("twice", yaml)) as Error;
    expect(error.message).toBe(
      'toolset.yaml:11:11: tools[1].name is "a", which an earlier tool already uses; tool names must be unique',
    );
  });

  it("checks that each entry exists inside the folder", async () => {
    const yaml = [
      "id: entries",
      "name: Entries",
      "version: 1.0.0",
      "tools:",
      tool("    risk: read\n").replace("tools/a.ts", "../outside.ts"),
      tool("    risk: read\n").replace("name: a", "name: b").replace("tools/a.ts", "tools/missing.ts"),
      "",
    ].join("\n");
    const error = (await install("entries", yaml)) as Error;
    expect(error.message.split("\n")).toEqual([
      "toolset.yaml:7:12: tools[0].entry must stay inside the toolset folder: Paths must stay inside the workspace; `../outside.ts` leaves it.",
      "toolset.yaml:13:12: tools[1].entry names tools/missing.ts, which does not exist in the toolset folder",
    ]);
  });

  it("reports YAML syntax errors with their position", async () => {
    const error = (await install("syntax", "id: syntax\nname: One\nname: Two\n")) as Error;
    expect(error.message).toBe("toolset.yaml:3:1: Map keys must be unique");
  });
});
