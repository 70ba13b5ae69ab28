import { describe, expect, it } from "vitest";
import { followAfterScroll, isAtBottom } from "./follow-scroll.js";

const viewport = { scrollHeight: 2000, clientHeight: 600 };

describe("followAfterScroll", () => {
  it("counts the last few pixels as the bottom", () => {
    expect(isAtBottom({ ...viewport, scrollTop: 1400 })).toBe(true);
    expect(isAtBottom({ ...viewport, scrollTop: 1380 })).toBe(true);
    expect(isAtBottom({ ...viewport, scrollTop: 1300 })).toBe(false);
  });

  it("stops following when the user scrolls up and resumes at the bottom", () => {
    expect(followAfterScroll(true, 1400, { ...viewport, scrollTop: 1200 })).toBe(false);
    expect(followAfterScroll(false, 1200, { ...viewport, scrollTop: 1300 })).toBe(false);
    expect(followAfterScroll(false, 1300, { ...viewport, scrollTop: 1400 })).toBe(true);
  });

  it("keeps following while content grows below a reader who has not moved", () => {
    expect(followAfterScroll(true, 1400, { scrollHeight: 2400, clientHeight: 600, scrollTop: 1400 })).toBe(true);
  });
});
