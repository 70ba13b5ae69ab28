export {
  caseFoldKey,
  maxPathBytes,
  maxSegmentBytes,
  normalizeWorkspacePath,
  type WorkspacePathResult,
} from "./workspace-path.js";
export { caseClashMessage, caseCollisions, caseTwin } from "./case-collisions.js";
export { diffManifests } from "./manifest-diff.js";
