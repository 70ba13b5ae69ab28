import { Link, useLocation, useNavigate } from "@tanstack/react-router";
import { PanelLeftClose, PanelLeftOpen, Search, Settings, SquarePen } from "lucide-react";
import { useState } from "react";
import { ChatList } from "../features/chat/chat-list.js";
import { SidebarSearchBox, SidebarSearchResults } from "../features/search/sidebar-search.js";
import { openCommandPalette } from "../features/shortcuts/overlay-store.js";
import { ThemeToggle } from "../shared/theme/theme-toggle.js";
import { BrandMark } from "../shared/ui/brand-mark.js";
import { classNames } from "../shared/ui/class-names.js";
import { IconButton } from "../shared/ui/icon-button.js";
import { sidebarItemStyles } from "./sidebar-item-styles.js";

interface SidebarPanelProps {
  collapsed: boolean;
  floating: boolean;
  onToggle: () => void;
  /** Lets the floating (narrow-screen) sidebar close itself after a navigation. */
  onNavigate: () => void;
}

export function SidebarPanel({ collapsed, floating, onToggle, onNavigate }: SidebarPanelProps) {
  const navigate = useNavigate();
  const onSettings = useLocation({ select: (location) => location.pathname.startsWith("/settings") });
  const [searchText, setSearchText] = useState("");

  return (
    <nav
      aria-label="Sidebar"
      data-testid="sidebar"
      data-collapsed={collapsed}
      className={classNames(
        "flex h-full flex-col border-r border-line bg-sidebar",
        collapsed ? "w-[60px] items-center" : "w-64",
        floating && "shadow-float",
      )}
    >
      <div
        className={classNames("flex h-14 shrink-0 items-center", collapsed ? "justify-center" : "gap-2.5 pr-2 pl-4")}
      >
        {collapsed ? (
          <IconButton label="Expand sidebar" aria-expanded={false} onClick={onToggle}>
            <PanelLeftOpen aria-hidden="true" />
          </IconButton>
        ) : (
          <>
            <Link to="/" onClick={onNavigate} className="flex min-w-0 flex-1 items-center gap-2.5 rounded-md">
              <BrandMark className="size-6" />
              <span className="truncate text-[15px] font-semibold tracking-tight">Covalt</span>
            </Link>
            <IconButton label="Collapse sidebar" aria-expanded={true} onClick={onToggle}>
              <PanelLeftClose aria-hidden="true" />
            </IconButton>
          </>
        )}
      </div>

      <div className={classNames("shrink-0", !collapsed && "px-2")}>
        <button
          type="button"
          data-testid="new-chat"
          aria-label={collapsed ? "New chat" : undefined}
          title={collapsed ? "New chat" : undefined}
          className={sidebarItemStyles({ collapsed })}
          onClick={() => {
            onNavigate();
            void navigate({ to: "/" });
          }}
        >
          <SquarePen aria-hidden="true" />
          {!collapsed && <span>New chat</span>}
        </button>
        {collapsed ? (
          <button
            type="button"
            aria-label="Search"
            title="Search (Ctrl+K)"
            className={sidebarItemStyles({ collapsed })}
            onClick={() => {
              openCommandPalette();
            }}
          >
            <Search aria-hidden="true" />
          </button>
        ) : (
          <div className="mt-2">
            <SidebarSearchBox value={searchText} onChange={setSearchText} />
          </div>
        )}
      </div>

      {collapsed ? (
        <div className="flex-1" />
      ) : (
        <div className="mt-3 min-h-0 flex-1 overflow-y-auto px-2 pb-2">
          {searchText.trim() === "" ? (
            <ChatList onSelect={onNavigate} />
          ) : (
            <SidebarSearchResults text={searchText} onOpened={onNavigate} />
          )}
        </div>
      )}

      <div
        className={classNames(
          "flex w-full shrink-0 gap-1 border-t border-line p-2",
          collapsed ? "flex-col items-center" : "items-center",
        )}
      >
        <Link
          to="/settings"
          data-testid="settings-link"
          aria-label={collapsed ? "Settings" : undefined}
          title={collapsed ? "Settings" : undefined}
          aria-current={onSettings ? "page" : undefined}
          className={sidebarItemStyles({ collapsed, active: onSettings })}
          onClick={onNavigate}
        >
          <Settings aria-hidden="true" />
          {!collapsed && <span>Settings</span>}
        </Link>
        <ThemeToggle className="size-9" />
      </div>
    </nav>
  );
}
