import type { McpInteraction } from "@covalt/contracts";
import { Sparkles, TextCursorInput } from "lucide-react";
import { ElicitationBody } from "./elicitation-body.js";
import { InlineInteractionFrame } from "./inline-interaction-frame.js";
import { SamplingBody } from "./sampling-body.js";

interface Props {
  interaction: McpInteraction;
  onHold: (interaction: McpInteraction, holding: boolean) => void;
  onDone: (requestId: string) => void;
}

const actionRow = "flex flex-wrap items-center gap-2";

/** One MCP request shown in the card of the tool call it came from: the form or the preview, then the answers. */
export function McpInlineInteraction({ interaction, onHold, onDone }: Props) {
  if (interaction.kind === "elicitation") {
    return (
      <ElicitationBody interaction={interaction} placement="inline" onDone={onDone}>
        {({ form, actions }) => (
          <InlineInteractionFrame
            icon={TextCursorInput}
            title={`${interaction.serverName} asks for input`}
            description={interaction.message}
            testId="mcp-elicitation-inline"
          >
            {form}
            {/* A rule above the buttons marks where a long form's scroll box ends. */}
            <div className={`${actionRow} border-t border-line pt-3`}>{actions}</div>
          </InlineInteractionFrame>
        )}
      </ElicitationBody>
    );
  }
  return (
    <SamplingBody
      interaction={interaction}
      placement="inline"
      onHold={(holding) => {
        onHold(interaction, holding);
      }}
      onDone={onDone}
    >
      {({ preview, actions }) => (
        <InlineInteractionFrame
          icon={Sparkles}
          title={`${interaction.serverName} asks to use your model`}
          description="It wants an AI completion of the messages below. Nothing is sent to a model until you approve."
          testId="mcp-sampling-inline"
        >
          {preview}
          <div className={actionRow}>{actions}</div>
        </InlineInteractionFrame>
      )}
    </SamplingBody>
  );
}
