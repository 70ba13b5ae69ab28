import { describe, expect, it } from "vitest";
import { createMockLlmServer, mockDirective } from "../../src/index.js";

describe("the stamp directive", () => {
  it("streams each token as the high-resolution time it was sent, in order", async () => {
    const mock = await createMockLlmServer();
    try {
      const before = performance.timeOrigin + performance.now();
      const response = await fetch(`${mock.url}/v1/chat/completions`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          model: "gpt-test",
          stream: true,
          messages: [{ role: "user", content: mockDirective({ stamp: true, tokens: 20, rate: 200 }) }],
        }),
      });
      const stamps = (await response.text())
        .split("\n")
        .filter((line) => line.startsWith("data: {"))
        .map(
          (line) =>
            (JSON.parse(line.slice(6)) as { choices: { delta: { content?: string } }[] }).choices[0]?.delta.content,
        )
        .filter((content): content is string => content !== undefined && content !== "")
        .map(Number);
      const after = performance.timeOrigin + performance.now();
      expect(stamps).toHaveLength(20);
      expect(stamps.every((stamp, index) => index === 0 || stamp >= (stamps[index - 1] ?? 0))).toBe(true);
      expect(stamps[0]).toBeGreaterThanOrEqual(before);
      expect(stamps.at(-1)).toBeLessThanOrEqual(after);
      // Paced at 200 tokens/s, the last token leaves about 95 ms after the first.
      expect((stamps.at(-1) ?? 0) - (stamps[0] ?? 0)).toBeGreaterThan(80);
    } finally {
      await mock.close();
    }
  });
});
