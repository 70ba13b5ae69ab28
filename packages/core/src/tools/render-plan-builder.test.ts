import { describe, expect, it } from "vitest";
import { buildRenderPlan } from "./render-plan-builder.js";

describe("buildRenderPlan", () => {
  it("replaces whole references with the raw value and embedded ones with text", () => {
    const plan = buildRenderPlan(
      {
        renderer: "code",
        title: "Wrote $args.path",
        config: { content: "$args.content", path: "$args.path", meta: "$return", lines: "$return.lines lines" },
      },
      { args: { path: "a.ts", content: "x = 1" }, return: { lines: 3 } },
    );
    expect(plan).toEqual({
      renderer: "code",
      title: "Wrote a.ts",
      config: { content: "x = 1", path: "a.ts", meta: { lines: 3 }, lines: "3 lines" },
    });
  });

  it("leaves unknown references as written, so a wrong spec is visible", () => {
    const plan = buildRenderPlan(
      { renderer: "markdown", config: { content: "$return.missing" } },
      { args: {}, return: {} },
    );
    expect(plan.config).toEqual({ content: "$return.missing" });
  });

  it("fills nested objects and arrays, and previews", () => {
    const plan = buildRenderPlan(
      { renderer: "diff", config: { before: "$preview.before", after: "$args.content", list: ["$args.path"] } },
      { args: { content: "new", path: "p" }, preview: { before: "old" } },
    );
    expect(plan.config).toEqual({ before: "old", after: "new", list: ["p"] });
  });

  it("does not interpret values that came from the call", () => {
    const plan = buildRenderPlan(
      { renderer: "markdown", config: { content: "$args.text" } },
      { args: { text: "$args.secret" } },
    );
    expect(plan.config).toEqual({ content: "$args.secret" });
  });
});
