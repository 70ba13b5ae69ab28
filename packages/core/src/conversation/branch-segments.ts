import { childrenByParent, type TreeNode } from "./tree-node.js";

export interface SegmentSource extends TreeNode {
  role: "user" | "assistant" | "system";
  createdAt: number;
}

export interface Segment {
  id: string;
  parentSegmentId: string | null;
  lastMessageId: string;
  length: number;
  /** The message whose text previews the segment: its first question, else its first message. */
  previewMessageId: string;
  onActivePath: boolean;
  createdAt: number;
}

const previewLength = 80;

/**
 * Folds a conversation tree into maximal linear segments: a new segment starts at a root and at
 * every child of a branch point. A 10,000-message chat with 200 branch points becomes a few
 * hundred segments — a map a person can read and a UI can draw quickly. Only the messages that
 * preview a segment need their text loaded.
 */
export function branchSegments(nodes: readonly SegmentSource[], activePath: ReadonlySet<string>): Segment[] {
  const children = childrenByParent(nodes);
  const segments: Segment[] = [];
  const starts: { node: SegmentSource; parentSegmentId: string | null }[] = (children.get(null) ?? []).map((node) => ({
    node,
    parentSegmentId: null,
  }));
  while (starts.length > 0) {
    const { node: first, parentSegmentId } = starts.shift() as { node: SegmentSource; parentSegmentId: string | null };
    let last = first;
    let length = 1;
    let previewMessageId = first.role === "user" ? first.id : undefined;
    let onActivePath = activePath.has(first.id);
    for (let next = children.get(last.id); next?.length === 1; next = children.get(last.id)) {
      last = next[0] as SegmentSource;
      length += 1;
      if (previewMessageId === undefined && last.role === "user") previewMessageId = last.id;
      onActivePath ||= activePath.has(last.id);
    }
    segments.push({
      id: first.id,
      parentSegmentId,
      lastMessageId: last.id,
      length,
      previewMessageId: previewMessageId ?? first.id,
      onActivePath,
      createdAt: first.createdAt,
    });
    for (const child of children.get(last.id) ?? []) starts.push({ node: child, parentSegmentId: first.id });
  }
  return segments;
}

/** A segment's preview: the text on one line, shortened. */
export function segmentPreview(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > previewLength ? `${line.slice(0, previewLength - 1)}…` : line;
}
