import { describe, expect, it } from "vitest";
import { decideApproval } from "./approval-policy.js";

describe("decideApproval", () => {
  it("uses the tool's default without overrides", () => {
    expect(decideApproval({ defaultApproval: "ask", allowedInChat: false })).toEqual({
      mode: "ask",
      decidedBy: "policy",
    });
  });

  it("prefers the tool override over the toolset override over the default", () => {
    expect(decideApproval({ defaultApproval: "ask", sourceOverride: "auto", allowedInChat: false }).mode).toBe("auto");
    expect(
      decideApproval({ defaultApproval: "ask", sourceOverride: "auto", toolOverride: "deny", allowedInChat: false })
        .mode,
    ).toBe("deny");
  });

  it("lets an earlier 'allow for this chat' skip the question", () => {
    expect(decideApproval({ defaultApproval: "ask", allowedInChat: true })).toEqual({
      mode: "auto",
      decidedBy: "chat-allowance",
    });
  });

  it("never lets a chat allowance override a deny", () => {
    expect(decideApproval({ defaultApproval: "ask", toolOverride: "deny", allowedInChat: true }).mode).toBe("deny");
  });
});
