import { Button } from "../../shared/ui/button.js";
import type { ButtonVariant } from "../../shared/ui/button-styles.js";
import type { InteractionPlacement } from "./interaction-placement.js";

/** One answer to an MCP request, as a footer button. */
export interface InteractionAction {
  label: string;
  variant: ButtonVariant;
  testId: string;
  /** Sends the answer; left out on a submit button, whose form sends it. */
  onClick?: () => void;
  /** The id of the form this button submits, for a button outside its form (a dialog footer). */
  submits?: string;
}

interface InteractionActionsProps {
  /** Primary first. */
  actions: readonly InteractionAction[];
  placement: InteractionPlacement;
  /** While an answer is on its way, so none is sent twice. */
  disabled: boolean;
}

/** The answer buttons of an elicitation or sampling request, in the order its placement reads. */
export function InteractionActions({ actions, placement, disabled }: InteractionActionsProps) {
  // A dialog footer reads right to left to its primary button; inline, like the approval card, it leads.
  const ordered = placement === "inline" ? actions : [...actions].reverse();
  return (
    <>
      {ordered.map((action) => (
        <Button
          key={action.testId}
          type={action.submits === undefined ? "button" : "submit"}
          form={action.submits}
          variant={action.variant}
          size="sm"
          disabled={disabled}
          onClick={action.onClick}
          data-testid={action.testId}
        >
          {action.label}
        </Button>
      ))}
    </>
  );
}
