import type { ModelRef, ProviderModels } from "@covalt/contracts";
import { ChevronDown, TriangleAlert } from "lucide-react";
import { useRef, useState } from "react";
import { classNames } from "../../shared/ui/class-names.js";
import { useDismiss } from "../../shared/ui/use-dismiss.js";
import { ProviderIcon } from "../providers/provider-icon.js";
import { useCatalogById } from "../providers/use-catalog-by-id.js";
import { findModel } from "./model-catalog.js";
import { useModelPreferences } from "./model-preferences-store.js";
import { ModelSelectorPanel } from "./model-selector-panel.js";

interface ModelSelectorProps {
  providers: readonly ProviderModels[];
  value: ModelRef | undefined;
  onChange: (ref: ModelRef) => void;
  disabled?: boolean;
}

export function ModelSelector({ providers, value, onChange, disabled = false }: ModelSelectorProps) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const recents = useModelPreferences((state) => state.recents);
  const catalogById = useCatalogById();
  useDismiss(root, open, () => {
    // Escape from the search box should land back on the trigger, not on <body>.
    const focusWasInside = root.current?.contains(document.activeElement) === true;
    setOpen(false);
    if (focusWasInside) trigger.current?.focus();
  });

  const current = findModel(providers, value);
  const missing = value !== undefined && current === undefined;
  const label = current ? (current.model.name ?? current.model.id) : (value?.modelId ?? "Choose a model");

  return (
    <div ref={root} className="relative min-w-0">
      <button
        ref={trigger}
        type="button"
        disabled={disabled}
        aria-haspopup="listbox"
        aria-expanded={open}
        data-testid="model-selector"
        data-model-id={value?.modelId}
        title={
          missing
            ? "This model is no longer available from its provider"
            : current
              ? `${current.providerName} · ${current.model.id}`
              : undefined
        }
        onClick={() => {
          setOpen((state) => !state);
        }}
        className={classNames(
          "flex h-8 max-w-full min-w-0 items-center gap-2 rounded-lg px-2.5 text-[13px] font-medium transition-colors duration-150",
          "disabled:pointer-events-none disabled:opacity-50",
          open ? "bg-hover text-fg" : "text-fg-muted hover:bg-hover hover:text-fg",
          missing && "text-warning-fg",
        )}
      >
        {missing ? (
          <TriangleAlert className="size-4 shrink-0" aria-hidden="true" />
        ) : (
          current && <ProviderIcon svg={catalogById.get(current.catalogId)?.icon} className="size-4 rounded-[4px]" />
        )}
        <span className="truncate">{label}</span>
        <ChevronDown
          className={classNames("size-3.5 shrink-0 transition-transform duration-150", open && "rotate-180")}
          aria-hidden="true"
        />
      </button>
      {open && (
        <div className="absolute bottom-full left-0 z-30 mb-2 w-[min(380px,calc(100vw-2rem))] animate-appear overflow-hidden rounded-xl border border-line bg-card shadow-float">
          <ModelSelectorPanel
            providers={providers}
            recents={recents}
            catalogById={catalogById}
            selected={value}
            onSelect={(ref) => {
              setOpen(false);
              onChange(ref);
              trigger.current?.focus();
            }}
          />
        </div>
      )}
    </div>
  );
}
