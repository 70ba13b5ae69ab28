export { branchSegments, type Segment, type SegmentSource } from "./branch-segments.js";
export { childrenByParent, type TreeNode } from "./tree-node.js";
