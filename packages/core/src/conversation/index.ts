export { branchSegments, type Segment, segmentPreview, type SegmentSource } from "./branch-segments.js";
export { childrenByParent, type TreeNode } from "./tree-node.js";
