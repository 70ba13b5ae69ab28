import { useEffect, useRef } from "react";

/** Served by the Covalt server with its own CSP (`sandbox allow-scripts`, no network). */
const sandboxPath = "/sandbox/artifact";

interface SandboxFrameProps {
  title: string;
  /** The whole document to show; a new value loads a fresh frame. */
  document: string;
  height: string;
}

/**
 * Untrusted HTML in an iframe on an opaque origin. The frame loads the server's sandbox page,
 * which announces itself and then replaces itself with the document we post to it. A `srcdoc`
 * frame would inherit the app's CSP and so could not run the document's own scripts; the sandbox
 * page has a policy of its own that lets inline scripts run but reaches nothing.
 */
export function SandboxFrame({ title, document, height }: SandboxFrameProps) {
  const frame = useRef<HTMLIFrameElement>(null);

  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      const target = frame.current?.contentWindow;
      if (target === null || target === undefined || event.source !== target) return;
      if ((event.data as { type?: unknown } | null)?.type !== "covalt-artifact-ready") return;
      // An opaque origin has no name to address it by, hence "*": the document is what we show anyway.
      target.postMessage({ type: "covalt-artifact", html: document }, "*");
    };
    window.addEventListener("message", onMessage);
    return () => {
      window.removeEventListener("message", onMessage);
    };
  }, [document]);

  return (
    <iframe
      key={document}
      ref={frame}
      title={title}
      src={sandboxPath}
      sandbox="allow-scripts"
      referrerPolicy="no-referrer"
      data-testid="sandbox-frame"
      className="block w-full border-0 bg-white transition-[height] duration-200"
      style={{ height }}
    />
  );
}
