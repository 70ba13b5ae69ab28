import { describe, expect, it } from "vitest";
import { hasUnsavedEdits, initialSession, saveReducer, type EditorSession, type SaveAction } from "./save-machine.js";

const run = (...actions: SaveAction[]): EditorSession => actions.reduce(saveReducer, initialSession);
const load = (text: string, hash: string): SaveAction => ({ type: "server-changed", server: { text, hash } });

describe("saveReducer", () => {
  it("loads the first version into the editor", () => {
    const session = run(load("hello", "h1"));
    expect(session).toMatchObject({ phase: "saved", baseHash: "h1", draft: "hello", revision: 1 });
  });

  it("waits for typing to stop, then saves from the hash it loaded", () => {
    let session = run(load("a", "h1"), { type: "edited", text: "ab" });
    expect(session.phase).toBe("pending");
    session = saveReducer(session, { type: "save-started" });
    expect(session).toMatchObject({ phase: "saving", saving: "ab", baseHash: "h1" });
    session = saveReducer(session, { type: "save-succeeded", hash: "h2" });
    expect(session).toMatchObject({ phase: "saved", baseHash: "h2", baseText: "ab" });
  });

  it("stays pending when the user typed while a save was in flight", () => {
    const session = run(
      load("a", "h1"),
      { type: "edited", text: "ab" },
      { type: "save-started" },
      { type: "edited", text: "abc" },
      { type: "save-succeeded", hash: "h2" },
    );
    expect(session).toMatchObject({ phase: "pending", baseText: "ab", draft: "abc" });
  });

  it("goes back to saved when edits are undone", () => {
    const session = run(load("a", "h1"), { type: "edited", text: "ab" }, { type: "edited", text: "a" });
    expect(session.phase).toBe("saved");
  });

  it("reloads silently when the server changed and nothing is unsaved", () => {
    const session = run(load("a", "h1"), load("tool wrote this", "h2"));
    expect(session).toMatchObject({ phase: "saved", draft: "tool wrote this", baseHash: "h2", revision: 2 });
  });

  it("turns a server change into a conflict when there are unsaved edits", () => {
    const session = run(load("a", "h1"), { type: "edited", text: "mine" }, load("theirs", "h2"));
    expect(session).toMatchObject({ phase: "conflict", draft: "mine", theirs: { text: "theirs", hash: "h2" } });
  });

  it("ignores the echo of its own write, even when it arrives before the write's answer", () => {
    const session = run(load("a", "h1"), { type: "edited", text: "ab" }, { type: "save-started" }, load("ab", "h2"), {
      type: "save-succeeded",
      hash: "h2",
    });
    expect(session).toMatchObject({ phase: "saved", baseHash: "h2", queued: null });
  });

  it("judges a different change queued during a write once the write answers", () => {
    const session = run(
      load("a", "h1"),
      { type: "edited", text: "ab" },
      { type: "save-started" },
      { type: "edited", text: "abc" },
      load("tool", "h9"),
      { type: "save-succeeded", hash: "h2" },
    );
    expect(session).toMatchObject({ phase: "conflict", theirs: { hash: "h9" } });
  });

  it("keeps mine by saving again on top of their hash", () => {
    const conflicted = run(load("a", "h1"), { type: "edited", text: "mine" }, load("theirs", "h2"));
    const session = saveReducer(conflicted, { type: "keep-mine" });
    expect(session).toMatchObject({ phase: "pending", baseHash: "h2", draft: "mine", theirs: null });
  });

  it("takes theirs by replacing the editor's text", () => {
    const conflicted = run(load("a", "h1"), { type: "edited", text: "mine" }, load("theirs", "h2"));
    const session = saveReducer(conflicted, { type: "take-theirs" });
    expect(session).toMatchObject({ phase: "saved", draft: "theirs", baseHash: "h2" });
    expect(session.revision).toBeGreaterThan(conflicted.revision);
  });

  it("reports a 409 with their version as a conflict", () => {
    const session = run(
      load("a", "h1"),
      { type: "edited", text: "mine" },
      { type: "save-started" },
      { type: "save-conflicted", server: { text: "theirs", hash: "h3" } },
    );
    expect(session).toMatchObject({ phase: "conflict", saving: null, theirs: { hash: "h3" } });
  });

  it("marks a deleted file and restores it as a new file", () => {
    let session = run(load("keep me", "h1"), { type: "server-changed", server: "deleted" });
    expect(session).toMatchObject({ phase: "deleted", baseHash: null, draft: "keep me" });
    session = saveReducer(session, { type: "restore" });
    expect(session).toMatchObject({ phase: "pending", baseHash: null });
  });

  it("keeps typing in conflict without autosaving", () => {
    const conflicted = run(load("a", "h1"), { type: "edited", text: "mine" }, load("theirs", "h2"));
    const session = saveReducer(conflicted, { type: "edited", text: "mine!" });
    expect(session).toMatchObject({ phase: "conflict", draft: "mine!" });
    expect(hasUnsavedEdits(session)).toBe(true);
  });

  it("records a failed write so the next edit retries", () => {
    let session = run(load("a", "h1"), { type: "edited", text: "ab" }, { type: "save-started" });
    session = saveReducer(session, { type: "save-failed", message: "offline" });
    expect(session).toMatchObject({ phase: "error", error: "offline" });
    session = saveReducer(session, { type: "edited", text: "abc" });
    expect(session.phase).toBe("pending");
  });
});
