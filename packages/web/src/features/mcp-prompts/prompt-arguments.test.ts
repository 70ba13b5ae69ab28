import type { McpPrompt } from "@covalt/contracts";
import { describe, expect, it } from "vitest";
import { checkPromptArguments, initialArgumentValues, promptArguments } from "./prompt-arguments.js";

const prompt: McpPrompt = {
  name: "complex",
  arguments: [
    { name: "temperature", required: true },
    { name: "style", description: "Output style" },
  ],
};

describe("prompt arguments", () => {
  it("starts every field empty", () => {
    expect(initialArgumentValues(prompt)).toEqual({ temperature: "", style: "" });
    expect(promptArguments({ name: "plain" })).toEqual([]);
  });

  it("requires the required ones, ignoring spaces", () => {
    expect(checkPromptArguments(prompt, { temperature: "  ", style: "x" })).toEqual({
      ok: false,
      errors: { temperature: "temperature is required." },
    });
  });

  it("sends values as typed and leaves empty optional ones out", () => {
    expect(checkPromptArguments(prompt, { temperature: " 0.7", style: "" })).toEqual({
      ok: true,
      arguments: { temperature: " 0.7" },
    });
  });
});
