export {
  caseFoldKey,
  maxPathBytes,
  maxSegmentBytes,
  normalizeWorkspacePath,
  type WorkspacePathResult,
} from "./workspace-path.js";
export { caseCollisions, diffManifests } from "./manifest-diff.js";
