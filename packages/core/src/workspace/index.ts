export {
  caseFoldKey,
  maxPathBytes,
  maxSegmentBytes,
  normalizeWorkspacePath,
  type WorkspacePathResult,
} from "./workspace-path.js";
