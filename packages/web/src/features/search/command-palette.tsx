import type { SearchHit } from "@covalt/contracts";
import { useNavigate, useParams } from "@tanstack/react-router";
import { GitBranch, Keyboard, Plug, Search, Settings, SquarePen, SunMoon } from "lucide-react";
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { errorMessage } from "../../shared/api/error-message.js";
import { nextThemePreference } from "../../shared/theme/theme-preference.js";
import { useThemeStore } from "../../shared/theme/theme-store.js";
import { classNames } from "../../shared/ui/class-names.js";
import { Spinner } from "../../shared/ui/spinner.js";
import { useBranchMapPanel } from "../chat/branch-map/branch-map-store.js";
import { focusComposer } from "../chat/composer/composer-commands.js";
import { KeyCaps } from "../shortcuts/key-caps.js";
import { closeCommandPalette, openShortcutsDialog, useOverlays } from "../shortcuts/overlay-store.js";
import { isMacPlatform, shortcutKeys } from "../shortcuts/shortcuts.js";
import { filterCommands, paletteCommands, type PaletteCommand, type PaletteCommandId } from "./palette-commands.js";
import { SearchHitContent } from "./search-hit-item.js";
import { useMessageSearch } from "./search-query.js";
import { useOpenSearchHit } from "./use-open-search-hit.js";

const commandIcons: Record<PaletteCommandId, ReactNode> = {
  "new-chat": <SquarePen />,
  settings: <Settings />,
  providers: <Plug />,
  "branch-map": <GitBranch />,
  shortcuts: <Keyboard />,
  theme: <SunMoon />,
};

type PaletteItem = { kind: "command"; command: PaletteCommand } | { kind: "hit"; hit: SearchHit };

/**
 * Ctrl/⌘+K: one box for commands and for full-text search over every chat. Arrow keys move
 * through both lists, Enter runs a command or opens a hit in its branch.
 */
export function CommandPalette() {
  const open = useOverlays((state) => state.palette);
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  return (
    <dialog
      ref={dialog}
      aria-label="Search and commands"
      data-testid="command-palette"
      onCancel={(event) => {
        event.preventDefault();
        closeCommandPalette();
      }}
      onClick={(event) => {
        if (event.target === event.currentTarget) closeCommandPalette();
      }}
      className={classNames(
        "mx-auto mt-[12vh] w-[calc(100%-2rem)] max-w-[640px] rounded-2xl border border-line bg-card p-0 text-fg shadow-float",
        "backdrop:bg-black/40 backdrop:backdrop-blur-[2px] open:animate-appear",
      )}
    >
      {open && <PaletteBody />}
    </dialog>
  );
}

function PaletteBody() {
  const [text, setText] = useState("");
  const [active, setActive] = useState(0);
  const [openError, setOpenError] = useState<string | undefined>(undefined);
  const listId = useId();
  const navigate = useNavigate();
  const inChat = useParams({ strict: false, select: (params) => params.chatId !== undefined });
  const search = useMessageSearch(text);
  const openHit = useOpenSearchHit();
  const mac = isMacPlatform();

  const items = useMemo<PaletteItem[]>(() => {
    const commands = filterCommands(paletteCommands, text, { inChat }).map((command): PaletteItem => ({
      kind: "command",
      command,
    }));
    const hits = text.trim() === "" ? [] : (search.data ?? []).map((hit): PaletteItem => ({ kind: "hit", hit }));
    return [...commands, ...hits];
  }, [text, inChat, search.data]);
  const activeIndex = Math.min(active, Math.max(0, items.length - 1));
  const optionId = (index: number) => `${listId}-${index}`;

  useEffect(() => {
    document.getElementById(`${listId}-${activeIndex}`)?.scrollIntoView({ block: "nearest" });
  }, [listId, activeIndex]);

  const runCommand = (id: PaletteCommandId) => {
    closeCommandPalette();
    switch (id) {
      case "new-chat":
        void navigate({ to: "/" }).then(() => focusComposer());
        return;
      case "settings":
        void navigate({ to: "/settings" });
        return;
      case "providers":
        void navigate({ to: "/settings", hash: "providers" });
        return;
      case "branch-map":
        useBranchMapPanel.getState().toggle();
        return;
      case "shortcuts":
        openShortcutsDialog();
        return;
      case "theme": {
        const { preference, setPreference } = useThemeStore.getState();
        setPreference(nextThemePreference(preference));
        return;
      }
    }
  };
  const choose = (item: PaletteItem | undefined) => {
    if (item === undefined) return;
    if (item.kind === "command") {
      runCommand(item.command.id);
      return;
    }
    setOpenError(undefined);
    openHit(item.hit).then(closeCommandPalette, (error: unknown) => {
      setOpenError(errorMessage(error));
    });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const move = (index: number) => {
      event.preventDefault();
      setActive(Math.max(0, Math.min(items.length - 1, index)));
    };
    if (event.key === "ArrowDown") move(activeIndex + 1);
    else if (event.key === "ArrowUp") move(activeIndex - 1);
    else if (event.key === "Enter") {
      event.preventDefault();
      choose(items[activeIndex]);
    }
  };

  const firstHit = items.findIndex((item) => item.kind === "hit");
  return (
    <div className="flex max-h-[min(560px,70vh)] flex-col">
      <div className="relative shrink-0 border-b border-line">
        <Search
          className="pointer-events-none absolute top-1/2 left-4 size-[18px] -translate-y-1/2 text-fg-subtle"
          aria-hidden="true"
        />
        <input
          autoFocus
          type="text"
          role="combobox"
          aria-expanded={true}
          aria-controls={listId}
          aria-activedescendant={items.length > 0 ? optionId(activeIndex) : undefined}
          aria-label="Search messages or type a command"
          placeholder="Search messages or type a command…"
          spellCheck={false}
          data-testid="palette-input"
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          className="h-14 w-full bg-transparent pr-12 pl-12 text-[15px] outline-none placeholder:text-fg-subtle"
        />
        {search.searching && text.trim() !== "" && (
          <Spinner className="absolute top-1/2 right-4 size-4 -translate-y-1/2 text-fg-subtle" />
        )}
      </div>
      {openError && (
        <p role="alert" className="mx-3 mt-2 rounded-lg bg-danger-soft px-3 py-2 text-[12.5px] text-danger-fg">
          Could not open the message: {openError}
        </p>
      )}
      <div id={listId} role="listbox" aria-label="Results" className="min-h-0 flex-1 overflow-y-auto p-1.5">
        {items.length === 0 && (
          <p className="px-3 py-8 text-center text-[13px] text-fg-muted">
            {search.searching ? "Searching…" : `Nothing matches “${text.trim()}”.`}
          </p>
        )}
        {items.map((item, index) => (
          <div key={item.kind === "hit" ? item.hit.messageId : item.command.id}>
            {index === 0 && item.kind === "command" && <GroupLabel>Commands</GroupLabel>}
            {index === firstHit && <GroupLabel>Messages</GroupLabel>}
            <div
              id={optionId(index)}
              role="option"
              aria-selected={index === activeIndex}
              data-testid={item.kind === "hit" ? "palette-hit" : "palette-command"}
              data-command-id={item.kind === "command" ? item.command.id : undefined}
              data-message-id={item.kind === "hit" ? item.hit.messageId : undefined}
              onPointerMove={() => {
                setActive(index);
              }}
              onClick={() => {
                choose(item);
              }}
              className={classNames(
                "flex cursor-pointer items-center gap-3 rounded-lg px-3 py-2",
                index === activeIndex && "bg-hover",
              )}
            >
              {item.kind === "command" ? (
                <>
                  <span className="flex text-fg-muted [&_svg]:size-4">{commandIcons[item.command.id]}</span>
                  <span className="min-w-0 flex-1 truncate text-[13.5px]">{item.command.label}</span>
                  {item.command.shortcut && <KeyCaps keys={shortcutKeys(item.command.shortcut, mac)} />}
                </>
              ) : (
                <SearchHitContent hit={item.hit} />
              )}
            </div>
          </div>
        ))}
      </div>
      <footer className="flex shrink-0 items-center gap-4 border-t border-line px-4 py-2 text-[11.5px] text-fg-subtle">
        <span className="flex items-center gap-1.5">
          <KeyCaps keys={["↑", "↓"]} /> move
        </span>
        <span className="flex items-center gap-1.5">
          <KeyCaps keys={["Enter"]} /> open
        </span>
        <span className="flex items-center gap-1.5">
          <KeyCaps keys={["Esc"]} /> close
        </span>
        <span className="ml-auto flex items-center gap-1.5">
          <KeyCaps keys={shortcutKeys("command-palette", mac)} /> toggle
        </span>
      </footer>
    </div>
  );
}

function GroupLabel({ children }: { children: ReactNode }) {
  return <p className="px-3 pt-2 pb-1 text-[11.5px] font-medium text-fg-subtle">{children}</p>;
}
