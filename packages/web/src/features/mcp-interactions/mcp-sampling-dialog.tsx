import type { McpInteraction } from "@covalt/contracts";
import { Dialog } from "../../shared/ui/dialog.js";
import { SamplingBody } from "./sampling-body.js";

interface Props {
  interaction: McpInteraction;
  /** The dialog stays up after approval to show the completion: the host must keep it while `true`. */
  onHold: (holding: boolean) => void;
  onDone: (requestId: string) => void;
}

/** A sampling request shown app-wide, for a request no chat shows inline. */
export function McpSamplingDialog({ interaction, onHold, onDone }: Props) {
  return (
    <SamplingBody interaction={interaction} placement="dialog" onHold={onHold} onDone={onDone}>
      {({ preview, actions, close }) => (
        <Dialog
          open
          size="lg"
          onClose={close}
          title={`${interaction.serverName} asks to use your model`}
          description="The MCP server wants an AI completion of the messages below. Nothing is sent to a model until you approve."
          testId="mcp-sampling-dialog"
          footer={actions}
        >
          {preview}
        </Dialog>
      )}
    </SamplingBody>
  );
}
