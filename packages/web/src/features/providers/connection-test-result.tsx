import type { ProviderTestResult } from "@covalt/contracts";
import { CircleAlert, CircleCheck } from "lucide-react";

/** The outcome of "Test connection", worded for the user; the error code is kept for bug reports. */
export function ConnectionTestResult({ result }: { result: ProviderTestResult }) {
  if (result.ok) {
    const models =
      result.modelCount === undefined
        ? ""
        : ` · ${result.modelCount.toLocaleString()} ${result.modelCount === 1 ? "model" : "models"} available`;
    return (
      <p
        role="status"
        data-testid="provider-test-result"
        data-ok="true"
        className="flex items-center gap-1.5 text-[12.5px] text-success-fg"
      >
        <CircleCheck className="size-3.5 shrink-0" aria-hidden="true" />
        Connected{models}
      </p>
    );
  }
  return (
    <div
      role="alert"
      data-testid="provider-test-result"
      data-ok="false"
      className="flex gap-2 rounded-lg bg-danger-soft px-3 py-2 text-[12.5px] text-danger-fg"
    >
      <CircleAlert className="mt-px size-3.5 shrink-0" aria-hidden="true" />
      <p className="min-w-0 break-words">
        {result.error?.message ?? "The provider did not answer."}
        {result.error?.code && <span className="ml-1.5 font-mono text-[11.5px] opacity-75">{result.error.code}</span>}
      </p>
    </div>
  );
}
