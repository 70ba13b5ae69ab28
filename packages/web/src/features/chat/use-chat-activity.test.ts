import { describe, expect, it } from "vitest";
import { withActivity } from "./use-chat-activity.js";

describe("withActivity", () => {
  it("records running and waiting chats and forgets idle ones", () => {
    const running = withActivity({}, "a", "running");
    const waiting = withActivity(running, "b", "waiting");
    expect(waiting).toEqual({ a: "running", b: "waiting" });
    expect(withActivity(waiting, "a", "idle")).toEqual({ b: "waiting" });
  });
});
