import { BrandMark } from "../../shared/ui/brand-mark.js";

/** Fades in only after a short delay, so a fast local connection shows no splash at all. */
export function SplashScreen() {
  return (
    <div
      role="status"
      data-testid="connection-splash"
      className="flex h-full animate-appear-late flex-col items-center justify-center gap-4"
    >
      <BrandMark className="size-10 animate-breathe rounded-xl" />
      <p className="text-[13px] text-fg-subtle">Connecting to Covalt…</p>
    </div>
  );
}
