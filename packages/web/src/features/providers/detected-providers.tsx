import { apiRoutes, type DetectedLocalProvider, type ProviderManifest } from "@covalt/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Plus, Radar } from "lucide-react";
import { callApi } from "../../shared/api/call-api.js";
import { errorMessage } from "../../shared/api/error-message.js";
import { Button } from "../../shared/ui/button.js";
import { ProviderIcon } from "./provider-icon.js";
import { invalidateProviders } from "./provider-queries.js";

interface DetectedProvidersProps {
  detected: readonly DetectedLocalProvider[];
  catalogById: ReadonlyMap<string, ProviderManifest>;
}

/** Local model servers found on this machine, one click from being added. */
export function DetectedProviders({ detected, catalogById }: DetectedProvidersProps) {
  const queryClient = useQueryClient();
  const add = useMutation({
    mutationFn: (server: DetectedLocalProvider) =>
      callApi(apiRoutes.createProvider, {
        body: { catalogId: server.catalogId, name: server.name, baseUrl: server.baseUrl },
      }),
    onSuccess: () => invalidateProviders(queryClient),
  });

  if (detected.length === 0) return null;
  return (
    <div data-testid="detected-providers" className="rounded-xl border border-dashed border-line-strong px-4 py-3">
      <p className="flex items-center gap-2 text-[13px] font-medium text-fg">
        <Radar className="size-4 text-accent-fg" aria-hidden="true" />
        Found on this computer
      </p>
      <ul className="mt-2 flex flex-col gap-1">
        {detected.map((server) => {
          const adding = add.isPending && add.variables.baseUrl === server.baseUrl;
          return (
            <li key={`${server.catalogId} ${server.baseUrl}`} className="flex items-center gap-3 py-1.5">
              <ProviderIcon svg={catalogById.get(server.catalogId)?.icon} className="size-7 rounded-md" />
              <div className="min-w-0 flex-1">
                <p className="truncate text-[13.5px] font-medium">{server.name}</p>
                <p className="truncate text-[12px] text-fg-muted">
                  <span className="font-mono">{server.baseUrl}</span> ·{" "}
                  {server.modelCount === 1 ? "1 model" : `${server.modelCount.toLocaleString()} models`}
                </p>
              </div>
              <Button
                size="xs"
                variant="secondary"
                disabled={add.isPending}
                data-testid="detected-provider-add"
                onClick={() => {
                  add.mutate(server);
                }}
              >
                <Plus aria-hidden="true" />
                {adding ? "Adding…" : "Add"}
              </Button>
            </li>
          );
        })}
      </ul>
      {add.error && (
        <p role="alert" className="mt-2 text-[12.5px] text-danger-fg">
          {errorMessage(add.error)}
        </p>
      )}
    </div>
  );
}
