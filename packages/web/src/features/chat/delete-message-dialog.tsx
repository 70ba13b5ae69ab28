import type { PagedMessage } from "@covalt/contracts";
import { useMutation } from "@tanstack/react-query";
import { errorMessage } from "../../shared/api/error-message.js";
import { ConfirmDialog } from "../../shared/ui/confirm-dialog.js";

interface DeleteMessageDialogProps {
  message: PagedMessage | undefined;
  onConfirm: () => Promise<void>;
  onCancel: () => void;
}

/** Deleting removes the message and every branch below it, so it is confirmed first. */
export function DeleteMessageDialog({ message, onConfirm, onCancel }: DeleteMessageDialogProps) {
  const removal = useMutation({ mutationFn: onConfirm });
  const what = message?.role === "user" ? "this question" : "this answer";
  return (
    <ConfirmDialog
      open={message !== undefined}
      testId="delete-message-dialog"
      title="Delete from here?"
      description={`${what[0]?.toUpperCase() ?? ""}${what.slice(1)} and everything below it, in every branch, will be deleted. Other branches of the conversation stay. This cannot be undone.`}
      confirmLabel={removal.isPending ? "Deleting…" : "Delete"}
      pending={removal.isPending}
      error={removal.error ? errorMessage(removal.error) : undefined}
      onCancel={() => {
        removal.reset();
        onCancel();
      }}
      onConfirm={() => {
        removal.mutate();
      }}
    />
  );
}
