import { RotateCw } from "lucide-react";
import { useState } from "react";
import { Button } from "../../shared/ui/button.js";
import { classNames } from "../../shared/ui/class-names.js";

/**
 * Shows progress only for a retry the user asked for; the background reconnect attempts stay
 * invisible so the button does not flicker every few seconds.
 */
export function RetryButton({ onRetry }: { onRetry: () => Promise<unknown> }) {
  const [retrying, setRetrying] = useState(false);
  return (
    <Button
      variant="primary"
      disabled={retrying}
      data-testid="connection-retry"
      onClick={() => {
        setRetrying(true);
        void onRetry().finally(() => {
          setRetrying(false);
        });
      }}
    >
      <RotateCw aria-hidden="true" className={classNames(retrying && "animate-spin")} />
      {retrying ? "Retrying…" : "Retry"}
    </Button>
  );
}
