import { apiRoutes } from "@covalt/contracts";
import { useLayoutEffect, useRef, useState, type KeyboardEvent, type RefObject } from "react";
import { callApi } from "../../../shared/api/call-api.js";
import { errorMessage } from "../../../shared/api/error-message.js";
import { useMcpPromptEntries } from "../../mcp-prompts/mcp-prompt-queries.js";
import { checkPromptArguments, initialArgumentValues, promptArguments } from "../../mcp-prompts/prompt-arguments.js";
import {
  activeSlashCommandAt,
  flattenGroups,
  promptUserText,
  replaceSlashCommand,
  slashCommandEnd,
  slashSuggestions,
  type SlashPrompt,
} from "../../mcp-prompts/slash-commands.js";

/** The command being replaced: where it was and what it said, to check it is still there. */
interface CommandRange {
  start: number;
  end: number;
  command: string;
}

interface PromptFormState {
  entry: SlashPrompt;
  range: CommandRange;
  values: Record<string, string>;
  errors: Record<string, string>;
}

/**
 * `/` commands for a textarea: MCP prompts, listed while a command is typed at a line start.
 * Choosing one fills it (after its arguments' form, when it has arguments) and replaces the
 * command with the prompt's text. Failures go to `onError`.
 */
export function useSlashCommands(
  textarea: RefObject<HTMLTextAreaElement | null>,
  value: string,
  onChange: (value: string) => void,
  options: { enabled: boolean; onError: (message: string) => void },
) {
  const [caret, setCaret] = useState<number | undefined>(undefined);
  const [dismissedAt, setDismissedAt] = useState<number | undefined>(undefined);
  const [highlight, setHighlight] = useState({ query: "", index: 0 });
  const [form, setForm] = useState<PromptFormState | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const pendingCaret = useRef<number | undefined>(undefined);

  useLayoutEffect(() => {
    const position = pendingCaret.current;
    if (position === undefined || textarea.current === null) return;
    pendingCaret.current = undefined;
    textarea.current.focus();
    textarea.current.setSelectionRange(position, position);
  }, [textarea, value]);

  const command = options.enabled && caret !== undefined ? activeSlashCommandAt(value, caret) : undefined;
  const active = command !== undefined && command.start !== dismissedAt && form === undefined && !busy;
  const prompts = useMcpPromptEntries(active);
  const groups = active ? slashSuggestions(prompts.entries, command.query) : [];
  const suggestions = flattenGroups(groups);
  const open = active && (suggestions.length > 0 || prompts.loading);
  const activeIndex =
    command && highlight.query === command.query ? Math.min(highlight.index, Math.max(0, suggestions.length - 1)) : 0;

  /** Call on input, select and blur: the list shows only for a collapsed caret inside a command. */
  const trackCaret = (element: HTMLTextAreaElement, focused = true) => {
    const collapsed = element.selectionStart === element.selectionEnd;
    const position = focused && collapsed ? element.selectionStart : undefined;
    setCaret(position);
    if (position === undefined || activeSlashCommandAt(element.value, position) === undefined) {
      setDismissedAt(undefined);
    }
  };

  const fill = async (entry: SlashPrompt, range: CommandRange, args: Record<string, string>) => {
    setBusy(true);
    try {
      const result = await callApi(apiRoutes.getMcpPrompt, {
        params: { serverId: entry.serverId, promptName: entry.prompt.name },
        body: { arguments: args },
      });
      const text = promptUserText(result.messages);
      if (text === "") throw new Error("It has no text for the message.");
      const next = replaceSlashCommand(textarea.current?.value ?? value, range, text);
      pendingCaret.current = next.caret;
      setCaret(next.caret);
      onChange(next.text);
      setForm(undefined);
    } catch (error) {
      options.onError(`Could not use the prompt /${entry.prompt.name}: ${errorMessage(error)}`);
    } finally {
      setBusy(false);
    }
  };

  const pick = (entry: SlashPrompt) => {
    if (command === undefined) return;
    const end = slashCommandEnd(value, command);
    const range = { start: command.start, end, command: value.slice(command.start, end) };
    if (promptArguments(entry.prompt).length > 0) {
      setForm({ entry, range, values: initialArgumentValues(entry.prompt), errors: {} });
      return;
    }
    void fill(entry, range, {});
  };

  const submitForm = () => {
    if (form === undefined || busy) return;
    const check = checkPromptArguments(form.entry.prompt, form.values);
    if (!check.ok) {
      setForm({ ...form, errors: check.errors });
      return;
    }
    setForm({ ...form, errors: {} });
    void fill(form.entry, form.range, check.arguments);
  };

  const cancelForm = () => {
    // The command stays in the text; the list stays closed until the caret leaves it.
    setDismissedAt(form?.range.start);
    setForm(undefined);
    textarea.current?.focus();
  };

  const setArgument = (name: string, argumentValue: string) => {
    setForm((current) => {
      if (current === undefined) return current;
      const { [name]: _cleared, ...errors } = current.errors;
      return { ...current, values: { ...current.values, [name]: argumentValue }, errors };
    });
  };

  /** Handles the key when the list is open; true means the composer must not act on it. */
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>): boolean => {
    if (!open || event.nativeEvent.isComposing) return false;
    const count = suggestions.length;
    const move = (index: number) => {
      if (count > 0) setHighlight({ query: command.query, index: (index + count) % count });
    };
    if (event.key === "ArrowDown" && count > 0) move(activeIndex + 1);
    else if (event.key === "ArrowUp" && count > 0) move(activeIndex - 1);
    else if (((event.key === "Enter" && !event.shiftKey) || (event.key === "Tab" && !event.shiftKey)) && count > 0) {
      const entry = suggestions[activeIndex];
      if (entry) pick(entry);
    } else if (event.key === "Escape") setDismissedAt(command.start);
    else return false;
    event.preventDefault();
    return true;
  };

  const hover = (index: number) => {
    if (command) setHighlight({ query: command.query, index });
  };

  return {
    open,
    groups,
    loading: prompts.loading,
    activeIndex,
    trackCaret,
    onKeyDown,
    pick,
    hover,
    busy,
    form,
    setArgument,
    submitForm,
    cancelForm,
  };
}
