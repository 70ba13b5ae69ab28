import { classNames } from "../shared/ui/class-names.js";

/** One look for every row in the sidebar (new chat, chats, settings) so they align. */
export function sidebarItemStyles(options: { active?: boolean; collapsed?: boolean } = {}): string {
  return classNames(
    "flex h-9 items-center gap-2.5 rounded-lg text-[13.5px] font-medium transition-colors duration-150 [&_svg]:size-[18px] [&_svg]:shrink-0",
    options.collapsed ? "w-9 justify-center" : "w-full px-2.5",
    options.active ? "bg-selected text-fg" : "text-fg-muted hover:bg-hover hover:text-fg",
  );
}
