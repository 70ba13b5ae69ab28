import { apiRoutes, type ProviderInstance, type ProviderManifest } from "@covalt/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId } from "react";
import { callApi } from "../../shared/api/call-api.js";
import { errorMessage } from "../../shared/api/error-message.js";
import { Dialog } from "../../shared/ui/dialog.js";
import { ProviderForm } from "./provider-form.js";
import { updateProviderRequest, type ProviderFormValues } from "./provider-form-model.js";
import { invalidateProviders } from "./provider-queries.js";
import { FormDialogActions } from "../../shared/ui/form-dialog-actions.js";

interface EditProviderDialogProps {
  instance: ProviderInstance | undefined;
  manifest: ProviderManifest | undefined;
  onClose: () => void;
}

export function EditProviderDialog({ instance, manifest, onClose }: EditProviderDialogProps) {
  const formId = useId();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (values: ProviderFormValues) => {
      if (instance === undefined || manifest === undefined) throw new Error("Nothing to save.");
      const body = updateProviderRequest(manifest, instance, values);
      return callApi(apiRoutes.updateProvider, { params: { providerId: instance.id }, body });
    },
    onSuccess: async () => {
      await invalidateProviders(queryClient);
      close();
    },
  });

  function close() {
    save.reset();
    onClose();
  }

  const open = instance !== undefined && manifest !== undefined;
  return (
    <Dialog
      open={open}
      onClose={close}
      testId="edit-provider-dialog"
      title={instance ? `Edit ${instance.name}` : "Edit provider"}
      description={
        instance && Object.values(instance.secrets).some((secret) => secret.set)
          ? "Leave a key empty to keep the one stored."
          : undefined
      }
      footer={
        <FormDialogActions
          formId={formId}
          submitLabel="Save changes"
          pendingLabel="Saving…"
          pending={save.isPending}
          onCancel={close}
          submitTestId="provider-submit"
        />
      }
    >
      {open && (
        <ProviderForm
          key={instance.id}
          formId={formId}
          manifest={manifest}
          instance={instance}
          serverError={save.error ? errorMessage(save.error) : undefined}
          onSubmit={(values) => {
            save.mutate(values);
          }}
        />
      )}
    </Dialog>
  );
}
