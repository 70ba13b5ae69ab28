import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CovaltError } from "@covalt/core";
import { callIn, openHost, writeToolset } from "./support/toolset-fixtures.js";

const fixture = await openHost({ stopGraceMs: 200 });
afterAll(() => fixture.cleanup());
const call = (toolName: string, args: unknown, overrides: Parameters<typeof callIn>[1] = {}) =>
  fixture.host.execute({ toolsetId: "files", toolName, args, ...callIn(fixture.workspace, overrides) });

describe("the built-in files toolset", () => {
  it("describes its tools with canonical ids, defaults and renderer specs", () => {
    const files = fixture.host.get("files");
    expect(files?.builtin).toBe(true);
    const byName = new Map(files?.tools.map((tool) => [tool.name, tool]));
    expect(byName.get("read_file")).toMatchObject({
      id: "toolset:files/read_file",
      risk: "read",
      defaultApproval: "auto",
      renderer: { renderer: "code", config: { content: "$return.content", path: "$args.path" } },
      source: { kind: "toolset", id: "files", name: "Files" },
    });
    expect(byName.get("write_file")).toMatchObject({
      defaultApproval: "ask",
      approvalRenderer: {
        renderer: "diff",
        config: { before: "$preview.before", after: "$args.content", path: "$args.path" },
      },
    });
    expect(fixture.host.get("web")?.tools[0]).toMatchObject({
      id: "toolset:web/fetch_url",
      risk: "network",
      defaultApproval: "ask",
    });
  });

  it("writes, previews, reads, lists, searches and patches files end to end", async () => {
    const started = performance.now();
    expect(
      await fixture.host.preview({
        toolsetId: "files",
        toolName: "write_file",
        args: { path: "src/app.ts", content: "x" },
        ...callIn(fixture.workspace),
      }),
    ).toEqual({ before: "", exists: false });
    const firstCallMs = performance.now() - started;
    expect(await call("write_file", { path: "src/app.ts", content: "one\ntwo\nthree\n" })).toEqual({
      path: "src/app.ts",
      bytes: 14,
      created: true,
    });
    expect(readFileSync(join(fixture.workspace, "src/app.ts"), "utf8")).toBe("one\ntwo\nthree\n");
    expect(
      await fixture.host.preview({
        toolsetId: "files",
        toolName: "write_file",
        args: { path: "src/app.ts", content: "x" },
        ...callIn(fixture.workspace),
      }),
    ).toEqual({ before: "one\ntwo\nthree\n", exists: true });

    const roundTrips: number[] = [];
    for (let index = 0; index < 20; index++) {
      const before = performance.now();
      await call("read_file", { path: "src/app.ts" });
      roundTrips.push(performance.now() - before);
    }
    roundTrips.sort((left, right) => left - right);
    console.log(
      `toolset first call (compile + spawn + call): ${firstCallMs.toFixed(0)} ms; warm read_file round trip median ${roundTrips[10]?.toFixed(2)} ms`,
    );

    expect(await call("read_file", { path: "src/app.ts", start_line: 2, end_line: 3 })).toEqual({
      path: "src/app.ts",
      content: "two\nthree",
      total_lines: 3,
      start_line: 2,
      end_line: 3,
    });
    expect(await call("list_files", { recursive: true })).toEqual({
      path: ".",
      entries: [
        { path: "src", type: "folder", size: 0 },
        { path: "src/app.ts", type: "file", size: 14 },
      ],
      truncated: false,
    });
    expect(await call("search_files", { query: "TWO" })).toMatchObject({
      matches: [{ path: "src/app.ts", line: 2, text: "two" }],
      truncated: false,
    });
    expect(await call("search_files", { query: "^t\\w+e$", regex: true })).toMatchObject({
      matches: [{ line: 3, text: "three" }],
    });

    const patch = [
      "--- a/src/app.ts",
      "+++ b/src/app.ts",
      "@@ -1,3 +1,3 @@",
      " one",
      "-two",
      "+TWO",
      " three",
      "--- /dev/null",
      "+++ b/notes.md",
      "@@ -0,0 +1 @@",
      "+# Notes",
      "",
    ].join("\n");
    const preview = await fixture.host.preview({
      toolsetId: "files",
      toolName: "apply_patch",
      args: { patch },
      ...callIn(fixture.workspace),
    });
    expect(preview).toMatchObject({
      files: [
        { path: "src/app.ts", before: "one\ntwo\nthree\n", after: "one\nTWO\nthree\n" },
        { path: "notes.md", before: "", after: "# Notes\n" },
      ],
    });
    expect(existsSync(join(fixture.workspace, "notes.md"))).toBe(false);
    expect(await call("apply_patch", { patch })).toEqual({
      files: [
        { path: "src/app.ts", status: "modified" },
        { path: "notes.md", status: "created" },
      ],
    });
    expect(readFileSync(join(fixture.workspace, "src/app.ts"), "utf8")).toBe("one\nTWO\nthree\n");
    expect(readFileSync(join(fixture.workspace, "notes.md"), "utf8")).toBe("# Notes\n");
  });

  it("reports a tool's own error as tool-failed with its message", async () => {
    const failure = await call("read_file", { path: "missing.txt" }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(CovaltError);
    expect(failure).toMatchObject({ code: "tool-failed", message: "missing.txt does not exist." });
    await expect(call("read_file", { path: "../x" })).rejects.toThrow(
      "Paths must stay inside the workspace; `../x` leaves it.",
    );
  });

  it("rejects unknown tools and missing workspaces with their own codes", async () => {
    await expect(call("no_such_tool", {})).rejects.toMatchObject({ code: "tool-not-found" });
    await expect(
      fixture.host.execute({ toolsetId: "nope", toolName: "x", args: {}, ...callIn(fixture.workspace) }),
    ).rejects.toMatchObject({ code: "tool-not-found" });
    await expect(
      fixture.host.execute({
        toolsetId: "files",
        toolName: "read_file",
        args: {},
        ...callIn(join(fixture.workspace, "gone")),
      }),
    ).rejects.toMatchObject({ code: "workspace-path-invalid" });
  });
});

describe("misbehaving tools", async () => {
  const dir = writeToolset(join(fixture.temp.path, "source", "rough"), "rough", {
    throws: {
      code: 'export default defineTool({ async execute() { throw new Error("The frobnicator is out of order."); } });',
    },
    sleeps: {
      code: `export default defineTool({ async execute(args: Record<string, unknown>) { process.stdout.write("about to sleep\\n"); await new Promise((r) => setTimeout(r, Number(args.ms))); return { slept: args.ms, pid: process.pid }; } });`,
    },
    crashes: {
      code: 'export default defineTool({ async execute() { console.error("disk on fire"); setTimeout(() => process.exit(3), 20); await new Promise(() => undefined); } });',
    },
    reports: {
      code: "export default defineTool({ async execute(_args, context) { for (let step = 1; step <= 3; step++) context.progress({ progress: step, total: 3, message: `step ${step}` }); return { pid: process.pid, printed: console.log('noise on stdout') }; } });",
    },
    escapes: {
      risk: "write",
      code: `import { writeFileSync } from "node:fs"; import { join } from "node:path";
export default defineTool({ async execute(_args, context) { writeFileSync(join(context.workspaceDir, "..", "escaped.txt"), "x"); return "wrote"; } });`,
    },
  });
  await fixture.host.install({ path: dir });
  const rough = (toolName: string, args: unknown, overrides: Parameters<typeof callIn>[1] = {}) =>
    fixture.host.execute({ toolsetId: "rough", toolName, args, ...callIn(fixture.workspace, overrides) });

  it("reports a thrown error's message", async () => {
    await expect(rough("throws", {})).rejects.toMatchObject({
      code: "tool-failed",
      message: "The frobnicator is out of order.",
    });
  });

  it("passes progress to the caller and keeps stdout out of the protocol", async () => {
    const updates: unknown[] = [];
    const output = await fixture.host.execute({
      toolsetId: "rough",
      toolName: "reports",
      args: {},
      ...callIn(fixture.workspace),
      onProgress: (update) => updates.push(update),
    });
    expect(updates).toEqual([1, 2, 3].map((step) => ({ progress: step, total: 3, message: `step ${step}` })));
    expect(output).toMatchObject({ pid: expect.any(Number) as number });
  });

  it("stops a call that runs past its timeout by killing the process; the next call gets a fresh one", async () => {
    const { pid: firstPid } = (await rough("sleeps", { ms: 1 })) as { pid: number };
    const started = performance.now();
    await expect(rough("sleeps", { ms: 60_000 }, { timeoutMs: 300 })).rejects.toMatchObject({
      code: "tool-timeout",
      message: 'The tool "sleeps" did not finish within 0.3 s and was stopped.',
    });
    expect(performance.now() - started).toBeLessThan(2_000);
    await waitUntil(() => !isAlive(firstPid));
    const spawnStarted = performance.now();
    const { pid: nextPid } = (await rough("sleeps", { ms: 1 })) as { pid: number };
    console.log(
      `fresh toolset process (spawn + first call, code already compiled): ${(performance.now() - spawnStarted).toFixed(0)} ms`,
    );
    expect(nextPid).not.toBe(firstPid);
  });

  it("cancels through the AbortSignal, killing the stuck process", async () => {
    const { pid } = (await rough("sleeps", { ms: 1 })) as { pid: number };
    const controller = new AbortController();
    const pending = rough("sleeps", { ms: 60_000 }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
    await waitUntil(() => !isAlive(pid));
    await expect(rough("sleeps", { ms: 1 }, { signal: controller.signal })).rejects.toMatchObject({
      name: "AbortError",
    });
  });

  it("explains a crash mid-call with the process's last output, and recovers on the next call", async () => {
    const failure = (await rough("crashes", {}).catch((error: unknown) => error)) as CovaltError;
    expect(failure.code).toBe("tool-failed");
    expect(failure.message).toBe("The toolset process exited unexpectedly (code 3): disk on fire");
    expect(await rough("sleeps", { ms: 1 })).toMatchObject({ slept: 1 });
  });

  it("fails every call pending on a process that is killed, not only the one that timed out", async () => {
    const bystander = rough("sleeps", { ms: 5_000 });
    await expect(rough("sleeps", { ms: 60_000 }, { timeoutMs: 200 })).rejects.toMatchObject({ code: "tool-timeout" });
    await expect(bystander).rejects.toMatchObject({
      code: "tool-failed",
      message: expect.stringContaining(
        "was stopped because a call on it was cancelled or ran past its time limit",
      ) as string,
    });
  });

  it("denies writes outside the workspace through Node's permission model", async () => {
    await expect(rough("escapes", {})).rejects.toMatchObject({
      code: "tool-failed",
      message: expect.stringContaining("Access to this API has been restricted") as string,
    });
    expect(existsSync(join(fixture.workspace, "..", "escaped.txt"))).toBe(false);
  });

  it("stops a process that stays idle", async () => {
    const idle = await openHost({ idleMs: 100 });
    try {
      await idle.host.execute({ toolsetId: "files", toolName: "list_files", args: {}, ...callIn(idle.workspace) });
      expect(idle.host.processCount).toBe(1);
      await waitUntil(() => idle.host.processCount === 0);
    } finally {
      await idle.cleanup();
    }
  });

  it("reports tool code that does not compile, with its location", async () => {
    const broken = writeToolset(join(fixture.temp.path, "source", "broken"), "broken", {
      oops: { code: "export default defineTool({ async execute() { return ; } ); " },
    });
    await fixture.host.install({ path: broken });
    const failure = (await fixture.host
      .execute({ toolsetId: "broken", toolName: "oops", args: {}, ...callIn(fixture.workspace) })
      .catch((error: unknown) => error)) as CovaltError;
    expect(failure.code).toBe("tool-failed");
    expect(failure.message).toMatch(/^Could not compile the tools of "broken":\n.*tools\/oops\.ts:2:\d+: /);
  });

  it("runs one process per workspace and stops them all on close", async () => {
    const second = join(fixture.temp.path, "workspace-2");
    mkdirSync(second);
    writeFileSync(join(second, "x.txt"), "second");
    const { pid: one } = (await rough("sleeps", { ms: 1 })) as { pid: number };
    const { pid: two } = (await fixture.host.execute({
      toolsetId: "rough",
      toolName: "sleeps",
      args: { ms: 1 },
      ...callIn(second),
    })) as { pid: number };
    expect(one).not.toBe(two);
    const host = fixture.host;
    expect(host.processCount).toBeGreaterThanOrEqual(2);
    await host.close();
    expect(isAlive(one) || isAlive(two)).toBe(false);
    expect(host.processCount).toBe(0);
    await expect(rough("sleeps", { ms: 1 })).rejects.toMatchObject({ code: "unavailable" });
  });
});

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitUntil(condition: () => boolean, timeoutMs = 3_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
