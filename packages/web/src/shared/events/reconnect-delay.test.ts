import { describe, expect, it } from "vitest";
import { reconnectDelay } from "./reconnect-delay.js";

describe("reconnectDelay", () => {
  it("doubles from half a second and caps at ten seconds", () => {
    const middle = () => 0.5;
    expect([0, 1, 2, 3, 4, 5, 10].map((attempt) => reconnectDelay(attempt, middle))).toEqual([
      500, 1000, 2000, 4000, 8000, 10000, 10000,
    ]);
  });

  it("spreads retries by a quarter either way", () => {
    expect(reconnectDelay(1, () => 0)).toBe(750);
    expect(reconnectDelay(1, () => 1)).toBe(1250);
  });
});
