import { Dialog } from "../../shared/ui/dialog.js";
import { KeyCaps } from "./key-caps.js";
import { closeShortcutsDialog, useOverlays } from "./overlay-store.js";
import { bindingKeys, isMacPlatform, shortcuts } from "./shortcuts.js";

/** `?`: every shortcut, from the same list the handlers match against. */
export function ShortcutsDialog() {
  const open = useOverlays((state) => state.shortcuts);
  const mac = isMacPlatform();
  return (
    <Dialog open={open} onClose={closeShortcutsDialog} title="Keyboard shortcuts" size="md" testId="shortcuts-dialog">
      <dl className="flex flex-col divide-y divide-line">
        {shortcuts.map((shortcut) => (
          <div
            key={shortcut.id}
            data-testid="shortcut"
            data-shortcut-id={shortcut.id}
            className="flex items-center gap-4 py-2.5"
          >
            <dt className="min-w-0 flex-1 text-[13.5px]">
              {shortcut.description}
              {shortcut.where && <span className="ml-1.5 text-[12.5px] text-fg-subtle">{shortcut.where}</span>}
            </dt>
            <dd>
              <KeyCaps keys={bindingKeys(shortcut.binding, mac)} />
            </dd>
          </div>
        ))}
      </dl>
    </Dialog>
  );
}
