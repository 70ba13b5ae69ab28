import { Braces } from "lucide-react";
import { prettyValue } from "../default/default-output.js";
import { RendererCard } from "../renderer-card.js";
import { RendererCopyButton } from "../renderer-copy-button.js";
import type { RendererProps } from "../renderer-props.js";
import { JsonNode } from "./json-node.js";

export function JsonRenderer({ config, title }: RendererProps<"json">) {
  return (
    <RendererCard
      kind="json"
      icon={<Braces aria-hidden="true" />}
      title={title ?? "JSON"}
      actions={<RendererCopyButton label="Copy JSON" text={() => prettyValue(config.value)} />}
    >
      <div className="max-h-[28rem] overflow-auto bg-code px-2 py-2 font-mono text-[12px] leading-[1.65] text-fg">
        <JsonNode name={undefined} value={config.value} depth={0} openDepth={2} />
      </div>
    </RendererCard>
  );
}
