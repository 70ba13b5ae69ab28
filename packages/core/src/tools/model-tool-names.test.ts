import { describe, expect, it } from "vitest";
import { ModelToolNames } from "./model-tool-names.js";

const validName = /^[a-zA-Z0-9_-]{1,64}$/;

describe("ModelToolNames", () => {
  it("gives every tool a provider-safe name and maps it back", () => {
    const ids = ["toolset:files/write_file", "mcp:my server/do.thing", "builtin:clock", `mcp:x/${"long".repeat(30)}`];
    const names = new ModelToolNames(ids);
    for (const id of ids) {
      const name = names.nameFor(id);
      expect(name).toMatch(validName);
      expect(names.toolIdFor(name)).toBe(id);
    }
    expect(names.nameFor("toolset:files/write_file")).toBe("files_write_file");
  });

  it("never gives two tools the same name, even when they sanitize alike", () => {
    const ids = ["mcp:a.b/c", "mcp:a b/c", "mcp:a_b/c", "toolset:a-b/c"];
    const names = new ModelToolNames(ids);
    const given = ids.map((id) => names.nameFor(id));
    expect(new Set(given).size).toBe(ids.length);
    for (const [index, id] of ids.entries()) expect(names.toolIdFor(given[index] ?? "")).toBe(id);
  });

  it("keeps each run's table to itself", () => {
    const first = new ModelToolNames(["mcp:a.b/c", "mcp:a_b/c"]);
    const second = new ModelToolNames(["mcp:a_b/c"]);
    expect(second.toolIdFor("a_b_c")).toBe("mcp:a_b/c");
    expect(first.toolIdFor("a_b_c")).toBe("mcp:a.b/c");
    expect(second.toolIdFor("a_b_c_2")).toBeUndefined();
  });

  it("does not resolve names the model invents", () => {
    expect(new ModelToolNames(["builtin:clock"]).toolIdFor("rm_rf")).toBeUndefined();
  });
});
