import { Code2, Maximize2, Minimize2 } from "lucide-react";
import { useMemo, useState } from "react";
import { IconButton } from "../../../shared/ui/icon-button.js";
import { RendererCard } from "../renderer-card.js";
import type { RendererProps } from "../renderer-props.js";
import { buildSandboxDocument } from "./sandbox-document.js";
import { SandboxFrame } from "./sandbox-frame.js";

/**
 * A tool's HTML document in an iframe on an opaque origin: `allow-scripts` without
 * `allow-same-origin`, so its scripts cannot read the app's cookies or storage or call the API,
 * and no navigation, popup or form permission. The sandbox page's CSP (and the injected one)
 * keep it off the network.
 */
export function HtmlRenderer({ config, title }: RendererProps<"html">) {
  const [expanded, setExpanded] = useState(false);
  const document = useMemo(() => buildSandboxDocument(config.content, config.data), [config.content, config.data]);
  const heading = title ?? "HTML";
  return (
    <RendererCard
      kind="html"
      icon={<Code2 aria-hidden="true" />}
      title={heading}
      actions={
        <IconButton
          size="xs"
          className="size-6"
          label={expanded ? "Collapse" : "Expand"}
          aria-expanded={expanded}
          onClick={() => {
            setExpanded(!expanded);
          }}
        >
          {expanded ? <Minimize2 aria-hidden="true" /> : <Maximize2 aria-hidden="true" />}
        </IconButton>
      }
    >
      <SandboxFrame title={heading} document={document} height={expanded ? "min(80vh, 56rem)" : "20rem"} />
    </RendererCard>
  );
}
