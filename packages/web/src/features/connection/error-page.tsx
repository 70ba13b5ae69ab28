import type { ErrorCode } from "@covalt/contracts";
import { TriangleAlert } from "lucide-react";
import { isApiError } from "../../shared/api/api-error.js";
import { InlineCode } from "./inline-code.js";
import { RetryButton } from "./retry-button.js";
import { StatusPage } from "./status-page.js";

/** The host and origin checks guard against DNS rebinding; the fix is always the printed address. */
const hints: Partial<Record<ErrorCode, string>> = {
  "forbidden-host":
    "Open Covalt through the exact address printed by npm start (http://127.0.0.1:…). Other host names are refused on purpose.",
  "forbidden-origin":
    "The request came from another site, which Covalt refuses. Open Covalt through the address printed by npm start.",
};

export function ErrorPage({ error, onRetry }: { error: unknown; onRetry: () => Promise<unknown> }) {
  const code = isApiError(error) ? error.code : "internal-error";
  const message = error instanceof Error ? error.message : "An unexpected error occurred.";
  const hint = hints[code];
  return (
    <StatusPage reason="error" tone="danger" icon={<TriangleAlert aria-hidden="true" />} title="Covalt couldn't start">
      <p>The server answered, but not with what this page expected.</p>
      <div className="rounded-xl border border-line bg-canvas px-3.5 py-3">
        <InlineCode>{code}</InlineCode>
        <p data-testid="connection-error-message" className="mt-2 text-[13px] break-words text-fg">
          {message}
        </p>
      </div>
      {hint && <p className="text-[13px]">{hint}</p>}
      <div className="mt-2">
        <RetryButton onRetry={onRetry} />
      </div>
    </StatusPage>
  );
}
