import { Button } from "./button.js";

interface FormDialogActionsProps {
  formId: string;
  submitLabel: string;
  pendingLabel: string;
  pending: boolean;
  onCancel: () => void;
  submitTestId?: string;
}

/** The Cancel + submit pair at the foot of a dialog whose form lives in its body. */
export function FormDialogActions({
  formId,
  submitLabel,
  pendingLabel,
  pending,
  onCancel,
  submitTestId,
}: FormDialogActionsProps) {
  return (
    <>
      <Button variant="ghost" size="sm" onClick={onCancel}>
        Cancel
      </Button>
      <Button type="submit" form={formId} variant="primary" size="sm" disabled={pending} data-testid={submitTestId}>
        {pending ? pendingLabel : submitLabel}
      </Button>
    </>
  );
}
