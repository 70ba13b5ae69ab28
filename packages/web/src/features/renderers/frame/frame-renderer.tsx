import { ExternalLink, Globe, ShieldAlert } from "lucide-react";
import { RendererCard, RendererNotice } from "../renderer-card.js";
import type { RendererProps } from "../renderer-props.js";
import { frameUrl } from "./frame-url.js";
import { useSignedFrame } from "./use-signed-frame.js";

/**
 * A web page in a sandboxed iframe, inside the server's signed frame page: scripts and forms may
 * run, but on an opaque origin (no `allow-same-origin`), without top navigation or popups. Many sites refuse to be framed; the
 * header link opens the page in a new tab instead.
 */
export function FrameRenderer({ config, title }: RendererProps<"frame">) {
  const url = frameUrl(config.url);
  const signed = useSignedFrame(url);
  if (url === null) {
    return (
      <RendererCard kind="frame" icon={<ShieldAlert aria-hidden="true" />} title={title ?? "Web page"}>
        <RendererNotice>This page was not shown: only http and https addresses can be embedded.</RendererNotice>
      </RendererCard>
    );
  }
  return (
    <RendererCard
      kind="frame"
      icon={<Globe aria-hidden="true" />}
      title={<span title={url}>{title ?? url}</span>}
      actions={
        <a
          href={url}
          target="_blank"
          rel="noopener noreferrer"
          className="inline-flex h-6 items-center gap-1 rounded-md px-1.5 font-sans text-[11.5px] text-fg-muted hover:bg-hover hover:text-fg"
        >
          Open in new tab
          <ExternalLink className="size-3" aria-hidden="true" />
        </a>
      }
    >
      <iframe
        title={title ?? url}
        src={signed.data?.src ?? "about:blank"}
        sandbox="allow-scripts allow-forms"
        referrerPolicy="no-referrer"
        loading="lazy"
        className="block h-[30rem] w-full border-0 bg-white"
      />
    </RendererCard>
  );
}
