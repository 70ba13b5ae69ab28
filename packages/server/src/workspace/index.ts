export { BlobStore, type StoredBlob } from "./blob-store.js";
export { keyframeInterval, ManifestStore } from "./manifest-store.js";
export { StaleWriteError } from "./stale-write-error.js";
export type { WorkspaceLogger } from "./workspace-logger.js";
export { Workspaces, type WorkspacesOptions } from "./workspaces.js";
