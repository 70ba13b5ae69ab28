import { z } from "zod";
import { FileChange } from "../messages/blocks.js";

/** One file of a manifest: its content hash (sha256, hex), size in bytes and POSIX mode bits. */
export const ManifestEntry = z.object({
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.number().int().nonnegative(),
  mode: z.number().int().nonnegative(),
});
export type ManifestEntry = z.infer<typeof ManifestEntry>;

/** A workspace's files at one moment: relative POSIX path → entry. Folders are implied by paths. */
export type ManifestFiles = Record<string, ManifestEntry>;

export const ManifestSummary = z.object({
  id: z.string(),
  /** The message whose end (or whose user edit) this manifest records, if any. */
  messageId: z.string().nullable(),
  createdAt: z.number(),
  fileCount: z.number().int().nonnegative(),
  totalBytes: z.number().int().nonnegative(),
});
export type ManifestSummary = z.infer<typeof ManifestSummary>;

export const WorkspaceEntry = z.object({
  path: z.string(),
  kind: z.enum(["file", "directory"]),
  size: z.number().int().nonnegative().optional(),
  hash: z.string().optional(),
  /** Changed by the last run of the chat's current branch. */
  changed: z.enum(["added", "modified"]).optional(),
});
export type WorkspaceEntry = z.infer<typeof WorkspaceEntry>;

export const WorkspaceTree = z.object({
  /** The manifest the files on disk match, null for an empty workspace that never had files. */
  manifestId: z.string().nullable(),
  entries: z.array(WorkspaceEntry),
});
export type WorkspaceTree = z.infer<typeof WorkspaceTree>;

/** A file's content for reading and writing. Text is sent as UTF-8, anything else as base64. */
export const WorkspaceFileContent = z.object({
  path: z.string(),
  encoding: z.enum(["utf8", "base64"]),
  content: z.string(),
  mimeType: z.string(),
  size: z.number().int().nonnegative(),
  hash: z.string(),
});
export type WorkspaceFileContent = z.infer<typeof WorkspaceFileContent>;

export const WriteWorkspaceFileRequest = z.object({
  path: z.string().min(1),
  encoding: z.enum(["utf8", "base64"]).default("utf8"),
  content: z.string().max(14_000_000, "A file written through the API may be at most 10 MB."),
  /** The hash the editor started from; null for a new file. A mismatch is a conflict (409). */
  baseHash: z.string().nullable(),
});
export type WriteWorkspaceFileRequest = z.infer<typeof WriteWorkspaceFileRequest>;

export const WorkspaceDiff = z.object({
  changes: z.array(FileChange),
});
export type WorkspaceDiff = z.infer<typeof WorkspaceDiff>;
