import { useState } from "react";
import { classNames } from "../shared/ui/class-names.js";
import { useMediaQuery } from "../shared/ui/use-media-query.js";
import { SidebarPanel } from "./sidebar-panel.js";
import { useSidebarStore } from "./sidebar-store.js";

const narrowScreen = "(max-width: 767px)";

/**
 * Wide screens: the sidebar sits beside the content and the collapsed choice is remembered.
 * Narrow screens: it rests as an icon rail and opens as an overlay, so content keeps its width.
 */
export function Sidebar() {
  const narrow = useMediaQuery(narrowScreen);
  const collapsedPreference = useSidebarStore((state) => state.collapsed);
  const toggleCollapsed = useSidebarStore((state) => state.toggleCollapsed);
  const [overlayOpen, setOverlayOpen] = useState(false);

  if (!narrow) {
    return (
      <div className="h-full shrink-0">
        <SidebarPanel
          collapsed={collapsedPreference}
          floating={false}
          onToggle={toggleCollapsed}
          onNavigate={() => undefined}
        />
      </div>
    );
  }

  const close = () => {
    setOverlayOpen(false);
  };
  return (
    <div className="relative h-full w-[60px] shrink-0">
      {overlayOpen && (
        <button
          type="button"
          aria-label="Close sidebar"
          tabIndex={-1}
          className="fixed inset-0 z-30 animate-appear cursor-default bg-black/30"
          onClick={close}
        />
      )}
      <div
        className={classNames("absolute inset-y-0 left-0", overlayOpen && "z-40")}
        onKeyDown={(event) => {
          if (event.key === "Escape") close();
        }}
      >
        <SidebarPanel
          collapsed={!overlayOpen}
          floating={overlayOpen}
          onToggle={() => {
            setOverlayOpen((open) => !open);
          }}
          onNavigate={close}
        />
      </div>
    </div>
  );
}
