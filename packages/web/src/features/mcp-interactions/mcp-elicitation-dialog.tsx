import type { McpInteraction } from "@covalt/contracts";
import { Dialog } from "../../shared/ui/dialog.js";
import { ElicitationBody } from "./elicitation-body.js";

interface Props {
  interaction: McpInteraction;
  /** Called once the server accepted the answer (the request is finished). */
  onDone: (requestId: string) => void;
}

/** An elicitation shown app-wide, for a request no chat shows inline; closing it cancels the request. */
export function McpElicitationDialog({ interaction, onDone }: Props) {
  return (
    <ElicitationBody interaction={interaction} placement="dialog" onDone={onDone}>
      {({ form, actions, cancel }) => (
        <Dialog
          open
          onClose={cancel}
          title={`${interaction.serverName} asks for input`}
          description={interaction.message}
          testId="mcp-elicitation-dialog"
          footer={actions}
        >
          {form}
        </Dialog>
      )}
    </ElicitationBody>
  );
}
