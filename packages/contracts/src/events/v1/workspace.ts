import { z } from "zod";
import { FileChange } from "../../messages/blocks.js";

export const WorkspaceFileChangeEvent = z.object({
  type: z.literal("workspace-file-change"),
  chatId: z.string(),
  /** The message whose manifest now holds these changes, when the change belongs to one. */
  messageId: z.string().optional(),
  manifestId: z.string().optional(),
  cause: z.enum(["tool-call", "run-end", "branch-switch", "user-edit"]),
  changes: z.array(FileChange),
});

export const workspaceEvents = [WorkspaceFileChangeEvent] as const;
