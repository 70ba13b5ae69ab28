import { CovaltError } from "@covalt/core";

/** A `tools/call` result as the SDK parses it (only the fields Covalt reads). */
export interface McpCallResult {
  content?: unknown;
  structuredContent?: unknown;
  isError?: boolean | undefined;
}

type Block = Record<string, unknown> & { type?: unknown };

/**
 * A JSON-friendly tool output: structured content when the server gives it, else the text blocks
 * joined, or (with images, audio or resources) the list of blocks with binary data kept as base64.
 * A result marked `isError` becomes a `tool-failed` error carrying the server's text.
 */
export function toolOutputOf(result: McpCallResult, toolName: string): unknown {
  const blocks = Array.isArray(result.content) ? (result.content as Block[]) : [];
  if (result.isError === true) {
    const text = textOf(blocks);
    throw new CovaltError("tool-failed", text === "" ? `${toolName} reported an error.` : text);
  }
  if (result.structuredContent !== undefined && result.structuredContent !== null) return result.structuredContent;
  if (blocks.every((block) => block.type === "text")) return textOf(blocks);
  return blocks.map(normalizeBlock);
}

function textOf(blocks: readonly Block[]): string {
  return blocks
    .filter((block) => block.type === "text" && typeof block.text === "string")
    .map((block) => block.text as string)
    .join("\n");
}

function normalizeBlock(block: Block): unknown {
  switch (block.type) {
    case "text":
      return { type: "text", text: block.text };
    case "image":
    case "audio":
      return { type: block.type, mimeType: block.mimeType, data: block.data };
    case "resource": {
      const resource = (block.resource ?? {}) as Record<string, unknown>;
      return {
        type: "resource",
        uri: resource.uri,
        ...(resource.mimeType === undefined ? {} : { mimeType: resource.mimeType }),
        ...(typeof resource.text === "string" ? { text: resource.text } : {}),
        ...(typeof resource.blob === "string" ? { blob: resource.blob } : {}),
      };
    }
    case "resource_link":
      return {
        type: "resource_link",
        uri: block.uri,
        name: block.name,
        ...(block.mimeType === undefined ? {} : { mimeType: block.mimeType }),
      };
    default:
      return block;
  }
}
