import { SquareTerminal } from "lucide-react";
import { type CSSProperties, useMemo } from "react";
import { classNames } from "../../../shared/ui/class-names.js";
import { RendererCard } from "../renderer-card.js";
import { RendererCopyButton } from "../renderer-copy-button.js";
import type { RendererProps } from "../renderer-props.js";
import { type AnsiSegment, ansiPlainText, ansiSegments } from "./ansi-segments.js";

// The ANSI palette is made for a dark screen, so the terminal stays dark in both app themes.
const terminalSurface = { "--terminal-bg": "#16181d", "--terminal-fg": "#d7dae0" } as CSSProperties;

function segmentStyle(segment: AnsiSegment): CSSProperties | undefined {
  const style: CSSProperties = {};
  if (segment.color !== undefined) style.color = segment.color;
  if (segment.background !== undefined) style.backgroundColor = segment.background;
  if (segment.bold === true) style.fontWeight = 600;
  if (segment.dim === true) style.opacity = 0.65;
  if (segment.italic === true) style.fontStyle = "italic";
  const lines = [segment.underline === true && "underline", segment.strikethrough === true && "line-through"];
  const decoration = lines.filter(Boolean).join(" ");
  if (decoration !== "") style.textDecoration = decoration;
  return Object.keys(style).length === 0 ? undefined : style;
}

function ExitCodeBadge({ exitCode }: { exitCode: number }) {
  const ok = exitCode === 0;
  return (
    <span
      className={classNames(
        "rounded-md px-1.5 py-px font-mono text-[11px] font-medium",
        ok ? "bg-success-soft text-success-fg" : "bg-danger-soft text-danger-fg",
      )}
    >
      exit {exitCode}
    </span>
  );
}

export function TerminalRenderer({ config, title }: RendererProps<"terminal">) {
  const segments = useMemo(() => ansiSegments(config.output), [config.output]);
  const heading = config.command === undefined ? (title ?? "Terminal") : `$ ${config.command}`;
  return (
    <RendererCard
      kind="terminal"
      icon={<SquareTerminal aria-hidden="true" />}
      title={<span title={config.command}>{heading}</span>}
      actions={
        <>
          {config.exitCode !== undefined && <ExitCodeBadge exitCode={config.exitCode} />}
          <RendererCopyButton text={() => ansiPlainText(config.output)} label="Copy output" />
        </>
      }
    >
      <pre
        style={terminalSurface}
        className="max-h-96 overflow-auto bg-(--terminal-bg) px-3 py-2 font-mono text-[12px] leading-[1.55] break-words whitespace-pre-wrap text-(--terminal-fg)"
      >
        {segments.length === 0 ? (
          <span className="opacity-60">No output</span>
        ) : (
          segments.map((segment, index) => (
            <span key={index} style={segmentStyle(segment)}>
              {segment.text}
            </span>
          ))
        )}
      </pre>
    </RendererCard>
  );
}
