import { FileCode } from "lucide-react";
import { RendererCard } from "../renderer-card.js";
import { RendererCopyButton } from "../renderer-copy-button.js";
import type { RendererProps } from "../renderer-props.js";
import { CodeMirrorView } from "./code-mirror-view.js";

export function CodeRenderer({ config, title }: RendererProps<"code">) {
  const heading = title ?? config.path ?? config.language ?? "Code";
  // A final newline ends the last line; showing it as an extra empty numbered line is noise.
  const content = config.content.replace(/\r?\n$/, "");
  const lineCount = content === "" ? 0 : content.split("\n").length;
  return (
    <RendererCard
      kind="code"
      icon={<FileCode aria-hidden="true" />}
      title={<span title={config.path}>{heading}</span>}
      actions={
        <>
          <span className="text-[11.5px] text-fg-subtle">
            {lineCount} {lineCount === 1 ? "line" : "lines"}
          </span>
          <RendererCopyButton text={config.content} label="Copy code" />
        </>
      }
    >
      <CodeMirrorView content={content} language={config.language} path={config.path} label={heading} />
    </RendererCard>
  );
}
