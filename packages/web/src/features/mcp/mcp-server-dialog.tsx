import { apiRoutes, type McpServerView } from "@covalt/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { callApi } from "../../shared/api/call-api.js";
import { errorMessage } from "../../shared/api/error-message.js";
import { Dialog } from "../../shared/ui/dialog.js";
import { FormDialogActions } from "../../shared/ui/form-dialog-actions.js";
import {
  createRequest,
  emptyFormValues,
  formValuesFromServer,
  updateRequest,
  type McpFormErrors,
  type McpFormValues,
} from "./mcp-form-model.js";
import { invalidateMcp } from "./mcp-queries.js";
import { McpServerForm } from "./mcp-server-form.js";

interface McpServerDialogProps {
  /** The server to edit; absent to add one. */
  server?: McpServerView | undefined;
  onClose: () => void;
  /** After saving, with the server as it is now (a new stdio server then waits for consent). */
  onSaved: (server: McpServerView) => void;
}

/** Adds or edits a server. Mounted only while open, so every opening starts from a fresh form. */
export function McpServerDialog({ server, onClose, onSaved }: McpServerDialogProps) {
  const formId = useId();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<McpFormValues>(() =>
    server ? formValuesFromServer(server) : emptyFormValues(),
  );
  const [errors, setErrors] = useState<McpFormErrors>({});
  const editing = server !== undefined;

  const save = useMutation({
    mutationFn: async (): Promise<McpServerView | undefined> => {
      if (server) {
        const built = updateRequest(values);
        if (!built.ok) return reject(built.errors);
        return callApi(apiRoutes.updateMcpServer, { params: { serverId: server.id }, body: built.value });
      }
      const built = createRequest(values);
      if (!built.ok) return reject(built.errors);
      return callApi(apiRoutes.createMcpServer, { body: built.value });
    },
    onSuccess: async (saved) => {
      if (saved === undefined) return;
      await invalidateMcp(queryClient);
      onSaved(saved);
    },
  });

  function reject(found: McpFormErrors): undefined {
    setErrors(found);
    return undefined;
  }

  const testId = editing ? "mcp-edit" : "mcp-add";
  return (
    <Dialog
      open
      onClose={onClose}
      size="lg"
      testId={`${testId}-dialog`}
      title={editing ? `Edit ${server.name}` : "Add an MCP server"}
      description={
        editing
          ? server.transport.type === "stdio"
            ? "Changing the command, arguments, environment or folder asks for your approval again."
            : "Leave a header empty to keep its stored value."
          : "A local program Covalt starts (stdio) or a server it connects to by URL."
      }
      footer={
        <FormDialogActions
          formId={formId}
          submitLabel={editing ? "Save changes" : "Add server"}
          pendingLabel="Saving…"
          pending={save.isPending}
          onCancel={onClose}
          submitTestId={`${testId}-submit`}
        />
      }
    >
      <McpServerForm
        formId={formId}
        values={values}
        errors={errors}
        kindLocked={editing}
        onChange={(patch) => {
          setValues((current) => ({ ...current, ...patch }));
        }}
        onSubmit={() => {
          setErrors({});
          save.mutate();
        }}
      />
      {save.error && (
        <p
          role="alert"
          data-testid="mcp-save-error"
          className="mt-4 rounded-lg bg-danger-soft px-3 py-2 text-[13px] text-danger-fg"
        >
          {errorMessage(save.error)}
        </p>
      )}
    </Dialog>
  );
}
