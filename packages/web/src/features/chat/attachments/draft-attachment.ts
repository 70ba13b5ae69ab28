/** How a chip looks: `ready` covers both uploaded and (new-chat page) held in memory until the send. */
export type AttachmentState = "uploading" | "ready" | "error";

/** A file attached to an unsent message. */
export interface DraftAttachment {
  id: string;
  /** The name shown; after the upload, the name it got in the workspace (`x (2).png` on a collision). */
  name: string;
  size: number;
  mimeType: string;
  /** The bytes until the message is sent, for the new-chat page's upload at send and for retries. */
  file: File | undefined;
  /** An object URL of `file` for an image's thumbnail; revoked when the chip goes. */
  previewUrl?: string | undefined;
  state: AttachmentState;
  /** Where it lives in the chat's workspace, once uploaded. */
  path?: string | undefined;
  error?: string | undefined;
  /** The error is about the file itself (too large): a retry cannot help. */
  fatal?: boolean | undefined;
}

/** What a send needs of an uploaded attachment (also what the sent message shows at once). */
export interface SentAttachment {
  path: string;
  name: string;
  size: number;
  mimeType: string;
}
