import { Unplug } from "lucide-react";
import { InlineCode } from "./inline-code.js";
import { RetryButton } from "./retry-button.js";
import { StatusPage } from "./status-page.js";

export function UnreachablePage({ onRetry }: { onRetry: () => Promise<unknown> }) {
  return (
    <StatusPage
      reason="unreachable"
      tone="danger"
      icon={<Unplug aria-hidden="true" />}
      title="Can't reach the Covalt server"
    >
      <p>
        This page loaded, but the server behind it is not answering. Check that <InlineCode>npm start</InlineCode> is
        still running in your terminal, and start it again if it stopped.
      </p>
      <p className="text-[13px] text-fg-subtle">
        Covalt keeps trying every few seconds and carries on by itself once the server is back.
      </p>
      <div className="mt-2">
        <RetryButton onRetry={onRetry} />
      </div>
    </StatusPage>
  );
}
