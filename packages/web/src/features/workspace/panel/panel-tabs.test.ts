import { describe, expect, it } from "vitest";
import {
  clampPanelWidth,
  closedPanel,
  withFileOpen,
  withPathMoved,
  withPathRemoved,
  withTabClosed,
} from "./panel-tabs.js";

describe("panel tabs", () => {
  it("opens a file once and brings it to the front", () => {
    let state = withFileOpen(closedPanel, "a.txt");
    state = withFileOpen(state, "b.txt");
    state = withFileOpen(state, "a.txt");
    expect(state).toEqual({ open: true, tabs: ["a.txt", "b.txt"], active: "a.txt" });
  });

  it("brings a neighbour forward when the front tab closes", () => {
    const state = { open: true, tabs: ["a", "b", "c"], active: "b" };
    expect(withTabClosed(state, "b").active).toBe("c");
    expect(withTabClosed({ ...state, active: "c" }, "c").active).toBe("b");
    expect(withTabClosed({ ...state, active: "a" }, "c").active).toBe("a");
    expect(withTabClosed({ open: true, tabs: ["a"], active: "a" }, "a").active).toBeNull();
  });

  it("follows renames and closes deleted files", () => {
    const state = { open: true, tabs: ["src/a.ts", "src/b.ts", "readme.md"], active: "src/b.ts" };
    expect(withPathMoved(state, "src", "lib")).toEqual({
      open: true,
      tabs: ["lib/a.ts", "lib/b.ts", "readme.md"],
      active: "lib/b.ts",
    });
    expect(withPathRemoved(state, "src")).toEqual({ open: true, tabs: ["readme.md"], active: "readme.md" });
  });

  it("keeps the width usable", () => {
    expect(clampPanelWidth(100, 1600)).toBe(360);
    expect(clampPanelWidth(5000, 1600)).toBe(1280);
    expect(clampPanelWidth(700.4, 1600)).toBe(700);
    expect(clampPanelWidth(Number.NaN, 1600)).toBe(620);
  });
});
