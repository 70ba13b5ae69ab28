import type { ToolInfo } from "@covalt/contracts";
import { useLayoutEffect, useRef, useState, type KeyboardEvent, type RefObject } from "react";
import { activeMentionAt, insertMention, mentionNameFor, mentionSuggestions } from "../../tools/tool-mentions.js";

/**
 * `@` suggestions for a textarea: follows the caret, filters the tools by what follows the `@`,
 * and lets arrows, Enter/Tab and Escape drive the list while focus stays in the text.
 */
export function useToolMentions(
  textarea: RefObject<HTMLTextAreaElement | null>,
  value: string,
  onChange: (value: string) => void,
  tools: readonly ToolInfo[],
) {
  const [caret, setCaret] = useState<number | undefined>(undefined);
  const [dismissedAt, setDismissedAt] = useState<number | undefined>(undefined);
  const [highlight, setHighlight] = useState({ query: "", index: 0 });
  const pendingCaret = useRef<number | undefined>(undefined);

  useLayoutEffect(() => {
    const position = pendingCaret.current;
    if (position === undefined || textarea.current === null) return;
    pendingCaret.current = undefined;
    textarea.current.setSelectionRange(position, position);
  }, [textarea, value]);

  const mention = caret === undefined ? undefined : activeMentionAt(value, caret);
  const suggestions =
    mention === undefined || mention.start === dismissedAt ? [] : mentionSuggestions(tools, mention.query);
  const open = suggestions.length > 0;
  const activeIndex =
    mention && highlight.query === mention.query ? Math.min(highlight.index, suggestions.length - 1) : 0;

  /** Call on input, select and blur: the list shows only for a collapsed caret inside a mention. */
  const trackCaret = (element: HTMLTextAreaElement, focused = true) => {
    const collapsed = element.selectionStart === element.selectionEnd;
    const position = focused && collapsed ? element.selectionStart : undefined;
    setCaret(position);
    if (position === undefined || activeMentionAt(element.value, position) === undefined) setDismissedAt(undefined);
  };

  const pick = (tool: ToolInfo) => {
    if (mention === undefined || caret === undefined) return;
    const next = insertMention(value, mention, caret, mentionNameFor(tool, tools));
    pendingCaret.current = next.caret;
    setCaret(next.caret);
    onChange(next.text);
  };

  /** Handles the key when the list is open; true means the composer must not act on it. */
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>): boolean => {
    if (!open || mention === undefined || event.nativeEvent.isComposing) return false;
    const move = (index: number) => {
      setHighlight({ query: mention.query, index: (index + suggestions.length) % suggestions.length });
    };
    if (event.key === "ArrowDown") move(activeIndex + 1);
    else if (event.key === "ArrowUp") move(activeIndex - 1);
    else if ((event.key === "Enter" && !event.shiftKey) || (event.key === "Tab" && !event.shiftKey)) {
      const tool = suggestions[activeIndex];
      if (tool) pick(tool);
    } else if (event.key === "Escape") setDismissedAt(mention.start);
    else return false;
    event.preventDefault();
    return true;
  };

  const hover = (index: number) => {
    if (mention) setHighlight({ query: mention.query, index });
  };

  return { open, suggestions, activeIndex, trackCaret, onKeyDown, pick, hover };
}
