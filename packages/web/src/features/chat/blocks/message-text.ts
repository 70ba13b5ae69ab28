import type { Block } from "@covalt/contracts";

/** What "Copy message" puts on the clipboard: the answer's text as markdown, without reasoning or tools. */
export function messageText(blocks: readonly Block[]): string {
  return blocks
    .flatMap((block) => {
      if (block.type === "text") return [block.text];
      if (block.type === "member-run") return [messageText(block.blocks)];
      return [];
    })
    .filter((text) => text.trim() !== "")
    .join("\n\n");
}
