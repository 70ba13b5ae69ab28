/** A version of the file on the server: its text and content hash. */
export interface ServerVersion {
  text: string;
  hash: string;
}

/** What the server holds now: a version, or nothing when the file was deleted. */
export type ServerState = ServerVersion | "deleted";

/**
 * - `pending`: edited, autosave waiting for typing to stop; `saving`: a write is in flight.
 * - `conflict`: the server's file moved on while we had unsaved edits; `theirs` holds it.
 * - `deleted`: the file is gone on the server; saving again (Restore) creates it anew.
 */
export type SavePhase = "loading" | "saved" | "pending" | "saving" | "conflict" | "deleted" | "error";

export interface EditorSession {
  phase: SavePhase;
  /** The hash our text started from: the next write sends it as `baseHash`; null writes a new file. */
  baseHash: string | null;
  /** The server's text at `baseHash` ("" when there is none), to tell unsaved edits apart. */
  baseText: string;
  /** The editor's text. */
  draft: string;
  /** The text of the write in flight. */
  saving: string | null;
  theirs: ServerVersion | null;
  /** A server change that arrived during a write; judged once the write answers. */
  queued: ServerState | null;
  error: string | null;
  /** Bumped whenever the editor must replace its document with `draft`. */
  revision: number;
}

export type SaveAction =
  | { type: "edited"; text: string }
  | { type: "save-started" }
  | { type: "save-succeeded"; hash: string }
  | { type: "save-failed"; message: string }
  | { type: "save-conflicted"; server: ServerState }
  | { type: "server-changed"; server: ServerState }
  | { type: "keep-mine" }
  | { type: "take-theirs" }
  | { type: "restore" };

export const initialSession: EditorSession = {
  phase: "loading",
  baseHash: null,
  baseText: "",
  draft: "",
  saving: null,
  theirs: null,
  queued: null,
  error: null,
  revision: 0,
};

export function hasUnsavedEdits(session: EditorSession): boolean {
  return session.draft !== session.baseText || session.phase === "pending" || session.phase === "error";
}

function adopt(session: EditorSession, version: ServerVersion): EditorSession {
  const replacesText = session.draft !== version.text || session.phase === "loading";
  return {
    ...session,
    phase: "saved",
    baseHash: version.hash,
    baseText: version.text,
    draft: version.text,
    theirs: null,
    error: null,
    revision: replacesText ? session.revision + 1 : session.revision,
  };
}

/**
 * Judges a change on the server against the editor: nothing to do when it is the version we
 * already have, a silent reload when we have no unsaved edits (or the same text), else a conflict.
 * Local edits are never overwritten without the user choosing "Take theirs".
 */
function judgeServerChange(session: EditorSession, server: ServerState): EditorSession {
  if (server === "deleted") {
    if (session.phase === "deleted") return session;
    return { ...session, phase: "deleted", baseHash: null, baseText: "", theirs: null, error: null };
  }
  if (server.hash === session.baseHash && session.phase !== "conflict") return session;
  if (server.hash === session.theirs?.hash) return session;
  if (server.text === session.draft || !hasUnsavedEdits(session)) return adopt(session, server);
  return { ...session, phase: "conflict", theirs: server };
}

export function saveReducer(session: EditorSession, action: SaveAction): EditorSession {
  switch (action.type) {
    case "edited": {
      if (action.text === session.draft) return session;
      const canAutosave = session.phase === "saved" || session.phase === "pending" || session.phase === "error";
      if (!canAutosave) return { ...session, draft: action.text };
      return { ...session, draft: action.text, phase: action.text === session.baseText ? "saved" : "pending" };
    }
    case "save-started":
      return { ...session, phase: "saving", saving: session.draft, error: null };
    case "save-succeeded": {
      const written = session.saving ?? session.draft;
      const saved: EditorSession = {
        ...session,
        phase: session.draft === written ? "saved" : "pending",
        baseHash: action.hash,
        baseText: written,
        saving: null,
        queued: null,
      };
      const queued = session.queued;
      // The event for our own write usually races the write's answer: same hash, nothing to do.
      if (queued === null || (queued !== "deleted" && queued.hash === action.hash)) return saved;
      return judgeServerChange(saved, queued);
    }
    case "save-failed":
      return { ...session, phase: "error", saving: null, error: action.message };
    case "save-conflicted": {
      const settled = { ...session, saving: null, queued: null };
      if (action.server === "deleted") return judgeServerChange(settled, "deleted");
      return action.server.text === session.draft
        ? adopt(settled, action.server)
        : { ...settled, phase: "conflict", theirs: action.server };
    }
    case "server-changed":
      if (session.phase === "saving") return { ...session, queued: action.server };
      return judgeServerChange(session, action.server);
    case "keep-mine":
      if (session.phase !== "conflict" || session.theirs === null) return session;
      return {
        ...session,
        phase: "pending",
        baseHash: session.theirs.hash,
        baseText: session.theirs.text,
        theirs: null,
      };
    case "take-theirs":
      if (session.phase !== "conflict" || session.theirs === null) return session;
      return { ...adopt(session, session.theirs), revision: session.revision + 1 };
    case "restore":
      if (session.phase !== "deleted") return session;
      return { ...session, phase: "pending", baseHash: null };
  }
}

/** The four states the status pill shows (plus `error` when a write failed for another reason). */
export function saveStatusOf(phase: SavePhase): "saved" | "saving" | "conflict" | "deleted" | "error" | "loading" {
  if (phase === "pending") return "saving";
  return phase;
}
