import type { ModelRef, PagedMessage } from "@covalt/contracts";
import { useQuery } from "@tanstack/react-query";
import { Boxes, RefreshCw } from "lucide-react";
import { useRef, useState } from "react";
import { IconButton } from "../../../shared/ui/icon-button.js";
import { MenuItem, MenuList } from "../../../shared/ui/menu.js";
import { Popover } from "../../../shared/ui/popover.js";
import { useCatalogById } from "../../providers/use-catalog-by-id.js";
import { useModelPreferences } from "../../models/model-preferences-store.js";
import { modelsQuery } from "../../models/model-queries.js";
import { ModelSelectorPanel } from "../../models/model-selector-panel.js";
import { useMessageActions } from "./message-actions-context.js";

/** Regenerate an answer as a new sibling: with the same model, or with one picked from the model list. */
export function RetryMenu({ message }: { message: PagedMessage }) {
  const actions = useMessageActions();
  const [open, setOpen] = useState<false | "menu" | "models">(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
  };
  const retry = (model?: ModelRef) => {
    close();
    trigger.current?.focus();
    actions.retry(message, model);
  };
  return (
    <>
      <IconButton
        ref={trigger}
        label="Retry"
        data-testid="retry-menu"
        aria-haspopup="menu"
        aria-expanded={open !== false}
        size="xs"
        onClick={() => {
          setOpen((value) => (value === false ? "menu" : false));
        }}
      >
        <RefreshCw aria-hidden="true" />
      </IconButton>
      <Popover
        open={open !== false}
        onClose={close}
        anchor={trigger}
        testId="retry-popover"
        className={open === "models" ? "w-[min(380px,calc(100vw-2rem))]" : undefined}
      >
        {open === "models" ? (
          <RetryModelPicker current={message.model} onPick={retry} />
        ) : (
          <MenuList label="Retry">
            <MenuItem
              icon={<RefreshCw />}
              hint={message.model?.modelId}
              testId="retry-same-model"
              onSelect={() => {
                retry();
              }}
            >
              Try again
            </MenuItem>
            <MenuItem
              icon={<Boxes />}
              testId="retry-other-model"
              onSelect={() => {
                setOpen("models");
              }}
            >
              Try another model…
            </MenuItem>
          </MenuList>
        )}
      </Popover>
    </>
  );
}

function RetryModelPicker({ current, onPick }: { current: ModelRef | null; onPick: (model: ModelRef) => void }) {
  const models = useQuery(modelsQuery);
  const recents = useModelPreferences((state) => state.recents);
  const remember = useModelPreferences((state) => state.remember);
  const catalogById = useCatalogById();
  return (
    <ModelSelectorPanel
      providers={models.data ?? []}
      recents={recents}
      catalogById={catalogById}
      selected={current ?? undefined}
      onSelect={(model) => {
        remember(model);
        onPick(model);
      }}
    />
  );
}
