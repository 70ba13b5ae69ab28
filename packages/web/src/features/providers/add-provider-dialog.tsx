import { apiRoutes, type ProviderInstance, type ProviderManifest } from "@covalt/contracts";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ArrowLeft } from "lucide-react";
import { useId, useState } from "react";
import { callApi } from "../../shared/api/call-api.js";
import { errorMessage } from "../../shared/api/error-message.js";
import { Button } from "../../shared/ui/button.js";
import { Dialog } from "../../shared/ui/dialog.js";
import { CatalogPicker } from "./catalog-picker.js";
import { ProviderForm } from "./provider-form.js";
import { createProviderRequest, type ProviderFormValues } from "./provider-form-model.js";
import { ProviderIcon } from "./provider-icon.js";
import { invalidateProviders, providerCatalogQuery } from "./provider-queries.js";
import { FormDialogActions } from "../../shared/ui/form-dialog-actions.js";

interface AddProviderDialogProps {
  open: boolean;
  onClose: () => void;
  onAdded: (instance: ProviderInstance) => void;
}

/** Two steps in one dialog: pick a catalog entry, then fill in the form that entry describes. */
export function AddProviderDialog({ open, onClose, onAdded }: AddProviderDialogProps) {
  const catalog = useQuery({ ...providerCatalogQuery, enabled: open });
  const [picked, setPicked] = useState<ProviderManifest | undefined>(undefined);
  const formId = useId();
  const queryClient = useQueryClient();

  const create = useMutation({
    mutationFn: (values: ProviderFormValues) => {
      if (picked === undefined) throw new Error("Pick a provider first.");
      return callApi(apiRoutes.createProvider, { body: createProviderRequest(picked, values) });
    },
    onSuccess: async (instance) => {
      await invalidateProviders(queryClient);
      close();
      onAdded(instance);
    },
  });

  function close() {
    setPicked(undefined);
    create.reset();
    onClose();
  }

  return (
    <Dialog
      open={open}
      onClose={close}
      testId="add-provider-dialog"
      title={picked ? `Add ${picked.name}` : "Add a provider"}
      description={
        picked ? "Credentials are stored encrypted on this computer." : "Choose the service or local server to connect."
      }
      footer={
        picked && (
          <>
            <Button
              variant="ghost"
              size="sm"
              className="mr-auto"
              onClick={() => {
                setPicked(undefined);
                create.reset();
              }}
            >
              <ArrowLeft aria-hidden="true" />
              All providers
            </Button>
            <FormDialogActions
              formId={formId}
              submitLabel="Add provider"
              pendingLabel="Adding…"
              pending={create.isPending}
              onCancel={close}
              submitTestId="provider-submit"
            />
          </>
        )
      }
    >
      {picked ? (
        <div className="flex flex-col gap-4">
          <div className="flex items-center gap-3 rounded-xl bg-hover/60 px-3 py-2.5">
            <ProviderIcon svg={picked.icon} className="size-8 rounded-lg" />
            <div className="min-w-0">
              <p className="truncate font-medium">{picked.name}</p>
              <p className="truncate text-[12.5px] text-fg-muted">
                {picked.defaultBaseUrl ?? "Works with any server that speaks this API"}
              </p>
            </div>
          </div>
          <ProviderForm
            key={picked.id}
            formId={formId}
            manifest={picked}
            serverError={create.error ? errorMessage(create.error) : undefined}
            onSubmit={(values) => {
              create.mutate(values);
            }}
          />
        </div>
      ) : (
        <CatalogPicker
          entries={catalog.data}
          loadError={catalog.error ? errorMessage(catalog.error) : undefined}
          onPick={setPicked}
        />
      )}
    </Dialog>
  );
}
