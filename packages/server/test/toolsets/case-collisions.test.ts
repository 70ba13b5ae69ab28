import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { callIn, openHost } from "./support/toolset-fixtures.js";

const fixture = await openHost();
afterAll(() => fixture.cleanup());
const { workspace } = fixture;
const call = (toolName: string, args: unknown) =>
  fixture.host.execute({ toolsetId: "files", toolName, args, ...callIn(workspace) });
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => "written",
    (error: unknown) => (error as Error).message,
  );

/** What the workspace holds, one level per folder, sorted. */
const listing = (folder = "") => readdirSync(join(workspace, folder)).sort();

describe("the files toolset and names that differ only by case", () => {
  it("write_file refuses a new name that clashes by case, in the words the API uses", async () => {
    await call("write_file", { path: "README.md", content: "original" });
    await call("write_file", { path: "src/a.ts", content: "a" });

    expect(await refusal(call("write_file", { path: "readme.md", content: "other" }))).toBe(
      "`readme.md` would clash with `README.md` on case-insensitive disks (macOS, Windows), where names that " +
        "differ only in case are one file; pick another name or use `README.md`.",
    );
    expect(await refusal(call("write_file", { path: "Src/b.ts", content: "b" }))).toContain(
      "`Src/b.ts` would clash with `src`",
    );
    expect(await refusal(call("write_file", { path: "src/A.ts", content: "A" }))).toContain("clash with `src/a.ts`");
    expect(listing()).toEqual(["README.md", "src"]);
    expect(listing("src")).toEqual(["a.ts"]);
    expect(readFileSync(join(workspace, "README.md"), "utf8")).toBe("original");

    // The exact path is the same file: replacing it stays allowed.
    expect(await call("write_file", { path: "README.md", content: "edited" })).toMatchObject({ created: false });
    expect(readFileSync(join(workspace, "README.md"), "utf8")).toBe("edited");
  });

  it("apply_patch refuses to create or change a clashing name, and applies nothing of the patch", async () => {
    await call("write_file", { path: "notes/Todo.md", content: "one\n" });
    const creates = (path: string) => `--- /dev/null\n+++ b/${path}\n@@ -0,0 +1 @@\n+new\n`;

    expect(await refusal(call("apply_patch", { patch: creates("notes/todo.md") }))).toContain(
      "`notes/todo.md` would clash with `notes/Todo.md`",
    );
    const changes = "--- a/notes/TODO.md\n+++ b/notes/TODO.md\n@@ -1 +1 @@\n-one\n+two\n";
    expect(await refusal(call("apply_patch", { patch: changes }))).toContain("clash with `notes/Todo.md`");

    // Two files of one patch that clash with each other: the first is put back when the second is refused.
    const twins = creates("pair/x.md") + creates("pair/X.md");
    expect(await refusal(call("apply_patch", { patch: twins }))).toContain("`pair/X.md` would clash with `pair/x.md`");
    expect(listing("notes")).toEqual(["Todo.md"]);
    expect(listing("pair")).toEqual([]);

    expect(await call("apply_patch", { patch: creates("notes/done.md") })).toEqual({
      files: [{ path: "notes/done.md", status: "created" }],
    });
  });

  it("reading a name that exists only in another case is not called a clash", async () => {
    await call("write_file", { path: "Data.csv", content: "x" });
    expect(await refusal(call("read_file", { path: "data.csv" }))).not.toContain("clash");
  });
});
