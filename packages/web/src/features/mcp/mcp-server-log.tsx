import type { McpServerView } from "@covalt/contracts";

/** The last error and what the server printed to stderr: usually the only clue why it failed. */
export function McpServerLog({ server }: { server: McpServerView }) {
  // Waiting for sign-in is no failure: the row's sign-in banner already says what to do.
  const lastError = server.status === "needs-auth" ? undefined : server.lastError;
  if (lastError === undefined && server.stderr.length === 0) return null;
  return (
    <div data-testid={`mcp-log-${server.id}`} className="flex flex-col gap-1.5">
      {lastError !== undefined && (
        <p role="alert" className="rounded-lg bg-danger-soft px-3 py-2 text-[12.5px] break-words text-danger-fg">
          {lastError}
        </p>
      )}
      {server.stderr.length > 0 && (
        <>
          <p className="text-[12px] font-medium text-fg-muted">Last lines it printed</p>
          <pre
            tabIndex={0}
            aria-label={`Output of ${server.name}`}
            className="max-h-40 overflow-auto rounded-lg border border-line bg-code px-3 py-2 font-mono text-[11.5px] leading-relaxed whitespace-pre text-fg-muted"
          >
            {server.stderr.join("\n")}
          </pre>
        </>
      )}
    </div>
  );
}
