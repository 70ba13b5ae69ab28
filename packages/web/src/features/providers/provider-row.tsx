import { apiRoutes, type ProviderInstance, type ProviderManifest } from "@covalt/contracts";
import { useMutation } from "@tanstack/react-query";
import { KeyRound, Pencil, PlugZap, Trash2 } from "lucide-react";
import { useEffect, useRef } from "react";
import { callApi } from "../../shared/api/call-api.js";
import { errorMessage } from "../../shared/api/error-message.js";
import { Button } from "../../shared/ui/button.js";
import { IconButton } from "../../shared/ui/icon-button.js";
import { ConnectionTestResult } from "./connection-test-result.js";
import { apiKeyField } from "./provider-form-model.js";
import { ProviderIcon } from "./provider-icon.js";

interface ProviderRowProps {
  instance: ProviderInstance;
  manifest: ProviderManifest | undefined;
  /** Runs the connection test once on mount: set for a provider that was just added. */
  testOnMount: boolean;
  onEdit: () => void;
  onRemove: () => void;
}

function keyStatus(instance: ProviderInstance, manifest: ProviderManifest | undefined): string | undefined {
  if (manifest?.auth === "none") return undefined;
  if (instance.secrets[apiKeyField]?.set === true) return "API key set";
  return manifest?.apiKeyOptional === true ? undefined : "No API key";
}

export function ProviderRow({ instance, manifest, testOnMount, onEdit, onRemove }: ProviderRowProps) {
  const test = useMutation({
    mutationFn: () => callApi(apiRoutes.testProvider, { params: { providerId: instance.id } }),
  });
  const tested = useRef(false);
  const { mutate } = test;
  useEffect(() => {
    if (!testOnMount || tested.current) return;
    tested.current = true;
    mutate();
  }, [testOnMount, mutate]);

  const status = keyStatus(instance, manifest);
  return (
    <li data-testid="provider-row" data-provider-id={instance.id} className="flex flex-col gap-2.5 px-4 py-3.5">
      <div className="flex items-center gap-3">
        <ProviderIcon svg={manifest?.icon} className="size-9 rounded-lg" />
        <div className="min-w-0 flex-1">
          <p className="flex items-center gap-2">
            <span className="truncate font-medium text-fg" data-testid="provider-name">
              {instance.name}
            </span>
            {status && (
              <span
                className={
                  status === "API key set"
                    ? "inline-flex shrink-0 items-center gap-1 rounded-full bg-hover px-2 py-px text-[11.5px] font-medium text-fg-muted"
                    : "inline-flex shrink-0 items-center gap-1 rounded-full bg-warning-soft px-2 py-px text-[11.5px] font-medium text-warning-fg"
                }
              >
                <KeyRound className="size-3" aria-hidden="true" />
                {status}
              </span>
            )}
          </p>
          <p className="truncate font-mono text-[12px] text-fg-muted" title={instance.baseUrl}>
            {instance.baseUrl}
          </p>
        </div>
        <div className="flex shrink-0 items-center gap-1">
          <Button
            size="xs"
            variant="secondary"
            disabled={test.isPending}
            data-testid="provider-test"
            onClick={() => {
              test.mutate();
            }}
          >
            <PlugZap aria-hidden="true" />
            {test.isPending ? "Testing…" : "Test"}
          </Button>
          <IconButton label={`Edit ${instance.name}`} data-testid="provider-edit" onClick={onEdit}>
            <Pencil aria-hidden="true" />
          </IconButton>
          <IconButton
            label={`Remove ${instance.name}`}
            data-testid="provider-remove"
            className="hover:bg-danger-soft hover:text-danger-fg"
            onClick={onRemove}
          >
            <Trash2 aria-hidden="true" />
          </IconButton>
        </div>
      </div>
      {test.data && <ConnectionTestResult result={test.data} />}
      {test.error && (
        <ConnectionTestResult
          result={{ ok: false, error: { code: "request-failed", message: errorMessage(test.error) } }}
        />
      )}
    </li>
  );
}
