import type { ErrorBlock } from "@covalt/contracts";
import { CircleAlert } from "lucide-react";
import { memo } from "react";

const titles: Partial<Record<ErrorBlock["code"], string>> = {
  "provider-auth-failed": "The provider rejected the credentials",
  "provider-rate-limited": "The provider is rate limiting requests",
  "provider-unreachable": "The provider could not be reached",
  "provider-timeout": "The provider took too long to answer",
  "provider-stream-interrupted": "The answer was cut off",
  "provider-bad-response": "The provider sent an answer Covalt could not read",
  "model-not-found": "The model was not found",
  "run-interrupted": "The answer was interrupted",
};

export const ErrorBlockView = memo(function ErrorBlockView({ block }: { block: ErrorBlock }) {
  return (
    <div
      role="alert"
      data-testid="error-block"
      data-code={block.code}
      className="my-2 flex gap-3 rounded-xl border border-danger-fg/20 bg-danger-soft px-4 py-3 text-danger-fg"
    >
      <CircleAlert className="mt-0.5 size-4 shrink-0" aria-hidden="true" />
      <div className="min-w-0 flex-1">
        <p className="font-medium">{titles[block.code] ?? "Something went wrong"}</p>
        <p className="mt-0.5 text-[13px] break-words text-fg">{block.message}</p>
        <p className="mt-1.5 flex flex-wrap items-center gap-x-2 text-[12px] opacity-80">
          <code className="font-mono">{block.code}</code>
          {block.retryable && <span>· This may be temporary — send your message again to retry.</span>}
        </p>
      </div>
    </div>
  );
});
