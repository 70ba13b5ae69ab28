import { describe, expect, it } from "vitest";
import { frameUrl } from "./frame-url.js";

describe("frameUrl", () => {
  it("accepts http(s) URLs only", () => {
    expect(frameUrl("https://example.com/docs")).toBe("https://example.com/docs");
    expect(frameUrl(" http://localhost:3000 ")).toBe("http://localhost:3000/");
    expect(frameUrl("javascript:alert(1)")).toBeNull();
    expect(frameUrl("data:text/html,hi")).toBeNull();
    expect(frameUrl("/api/chats")).toBeNull();
  });
});
