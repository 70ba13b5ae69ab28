import { apiRoutes, type ProviderInstance } from "@covalt/contracts";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Plug, Plus } from "lucide-react";
import { useState } from "react";
import { callApi } from "../../shared/api/call-api.js";
import { errorMessage } from "../../shared/api/error-message.js";
import { Button } from "../../shared/ui/button.js";
import { ConfirmDialog } from "../../shared/ui/confirm-dialog.js";
import { Spinner } from "../../shared/ui/spinner.js";
import { SettingsSection } from "../settings/settings-section.js";
import { AddProviderDialog } from "./add-provider-dialog.js";
import { DetectedProviders } from "./detected-providers.js";
import { EditProviderDialog } from "./edit-provider-dialog.js";
import { invalidateProviders, detectedProvidersQuery, providersQuery } from "./provider-queries.js";
import { ProviderRow } from "./provider-row.js";
import { useCatalogById } from "./use-catalog-by-id.js";

export function ProvidersSection() {
  const providers = useQuery(providersQuery);
  const detected = useQuery(detectedProvidersQuery);
  const catalogById = useCatalogById();
  const queryClient = useQueryClient();

  const [adding, setAdding] = useState(false);
  const [justAdded, setJustAdded] = useState<string | undefined>(undefined);
  const [editing, setEditing] = useState<ProviderInstance | undefined>(undefined);
  const [removing, setRemoving] = useState<ProviderInstance | undefined>(undefined);

  const remove = useMutation({
    mutationFn: (instance: ProviderInstance) =>
      callApi(apiRoutes.deleteProvider, { params: { providerId: instance.id } }),
    onSuccess: async () => {
      await invalidateProviders(queryClient);
      setRemoving(undefined);
    },
  });

  const openAdd = () => {
    setAdding(true);
  };
  const list = providers.data;

  return (
    <>
      <SettingsSection
        id="providers"
        title="Providers"
        description="The AI services and local model servers Covalt can talk to."
        action={
          list !== undefined &&
          list.length > 0 && (
            <Button size="sm" variant="secondary" onClick={openAdd} data-testid="add-provider">
              <Plus aria-hidden="true" />
              Add provider
            </Button>
          )
        }
      >
        {detected.data && detected.data.length > 0 && (
          <div className="p-3">
            <DetectedProviders detected={detected.data} catalogById={catalogById} />
          </div>
        )}
        {providers.isPending ? (
          <div className="flex justify-center px-4 py-8 text-fg-subtle">
            <Spinner className="size-5" label="Loading providers" />
          </div>
        ) : providers.error ? (
          <p role="alert" className="px-4 py-4 text-[13px] text-danger-fg">
            Could not load providers: {errorMessage(providers.error)}
          </p>
        ) : list === undefined || list.length === 0 ? (
          <div data-testid="providers-empty" className="flex flex-col items-center px-6 py-8 text-center">
            <div className="flex size-10 items-center justify-center rounded-xl bg-hover text-fg-muted">
              <Plug className="size-5" aria-hidden="true" />
            </div>
            <p className="mt-3 font-medium">No providers yet</p>
            <p className="mt-1 max-w-sm text-[13px] text-fg-muted">
              Connect a hosted API with your key, or a model server running on this computer.
            </p>
            <Button size="sm" variant="primary" className="mt-4" onClick={openAdd} data-testid="add-provider">
              <Plus aria-hidden="true" />
              Add provider
            </Button>
          </div>
        ) : (
          <ul className="divide-y divide-line" data-testid="provider-list">
            {list.map((instance) => (
              <ProviderRow
                key={instance.id}
                instance={instance}
                manifest={catalogById.get(instance.catalogId)}
                testOnMount={instance.id === justAdded}
                onEdit={() => {
                  setEditing(instance);
                }}
                onRemove={() => {
                  remove.reset();
                  setRemoving(instance);
                }}
              />
            ))}
          </ul>
        )}
      </SettingsSection>

      {/* Outside the card: its rows are divided by borders, and hidden dialogs would count as rows. */}
      <AddProviderDialog
        open={adding}
        onClose={() => {
          setAdding(false);
        }}
        onAdded={(instance) => {
          setJustAdded(instance.id);
        }}
      />
      <EditProviderDialog
        instance={editing}
        manifest={editing ? catalogById.get(editing.catalogId) : undefined}
        onClose={() => {
          setEditing(undefined);
        }}
      />
      <ConfirmDialog
        open={removing !== undefined}
        testId="remove-provider-dialog"
        title={`Remove ${removing?.name ?? "provider"}?`}
        description="Its stored credentials are deleted. Chats that used its models keep their messages but need another model to continue."
        confirmLabel={remove.isPending ? "Removing…" : "Remove provider"}
        pending={remove.isPending}
        error={remove.error ? errorMessage(remove.error) : undefined}
        onCancel={() => {
          setRemoving(undefined);
        }}
        onConfirm={() => {
          if (removing) remove.mutate(removing);
        }}
      />
    </>
  );
}
