import { apiRoutes, type McpServerView } from "@covalt/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ShieldAlert } from "lucide-react";
import type { ReactNode } from "react";
import { callApi } from "../../shared/api/call-api.js";
import { errorMessage } from "../../shared/api/error-message.js";
import { Button } from "../../shared/ui/button.js";
import { Dialog } from "../../shared/ui/dialog.js";
import { invalidateMcp } from "./mcp-queries.js";

interface McpConsentDialogProps {
  server: McpServerView;
  onClose: () => void;
}

/**
 * Shows exactly what a stdio server runs before it may start. Consent names the fingerprint of
 * what was shown, so a command changed meanwhile is refused by the server instead of approved.
 */
export function McpConsentDialog({ server, onClose }: McpConsentDialogProps) {
  const queryClient = useQueryClient();
  const allow = useMutation({
    mutationFn: async () => {
      const params = { serverId: server.id };
      await callApi(apiRoutes.consentMcpServer, { params, body: { fingerprint: server.fingerprint } });
      // "Allow and start": an imported server is kept off until now, so turn it on as well.
      if (!server.enabled) await callApi(apiRoutes.updateMcpServer, { params, body: { enabled: true } });
    },
    onSuccess: async () => {
      await invalidateMcp(queryClient);
      onClose();
    },
  });
  const { transport } = server;
  if (transport.type !== "stdio") return null;
  const plainEnv = Object.entries(transport.env);

  return (
    <Dialog
      open
      onClose={onClose}
      size="lg"
      testId="mcp-consent-dialog"
      title={`Allow ${server.name} to run?`}
      description={
        server.origin === "import"
          ? "This server was imported. Check that you recognise every part of it."
          : "Check that this is what you meant to run."
      }
      footer={
        <>
          <Button variant="ghost" size="sm" onClick={onClose}>
            Cancel
          </Button>
          <Button
            variant="primary"
            size="sm"
            data-testid="mcp-consent-allow"
            disabled={allow.isPending}
            onClick={() => {
              allow.mutate();
            }}
          >
            {allow.isPending ? "Starting…" : "Allow and start"}
          </Button>
        </>
      }
    >
      <div className="flex flex-col gap-4">
        <p className="flex items-start gap-2 rounded-lg bg-warning-soft px-3 py-2.5 text-[13px] text-warning-fg">
          <ShieldAlert aria-hidden="true" className="mt-px size-4 shrink-0" />
          <span>
            <strong className="font-semibold">This command runs on your computer with your permissions.</strong> It can
            read and change your files and use the network, whatever tools it says it offers.
          </span>
        </p>
        <Part title="Command">
          <Code testId="mcp-consent-command">{transport.command}</Code>
        </Part>
        <Part title={`Arguments (${String(transport.args.length)})`}>
          {transport.args.length === 0 ? (
            <p className="text-[13px] text-fg-muted">None</p>
          ) : (
            <ol data-testid="mcp-consent-args" className="flex flex-col gap-1">
              {transport.args.map((arg, index) => (
                <li key={index}>
                  <Code>{arg === "" ? '""' : arg}</Code>
                </li>
              ))}
            </ol>
          )}
        </Part>
        <Part title="Environment variables">
          {plainEnv.length === 0 && transport.secretEnvKeys.length === 0 ? (
            <p className="text-[13px] text-fg-muted">None added.</p>
          ) : (
            <ul data-testid="mcp-consent-env" className="flex flex-col gap-1">
              {plainEnv.map(([key, value]) => (
                <li key={key}>
                  <Code>{`${key}=${value}`}</Code>
                </li>
              ))}
              {transport.secretEnvKeys.map((key) => (
                <li key={key}>
                  <Code>{`${key}=•••••••• (secret)`}</Code>
                </li>
              ))}
            </ul>
          )}
        </Part>
        <Part title="Working folder">
          {transport.cwd ? (
            <Code testId="mcp-consent-cwd">{transport.cwd}</Code>
          ) : (
            <p className="text-[13px] text-fg-muted">Not set.</p>
          )}
        </Part>
        {allow.error && (
          <p role="alert" className="rounded-lg bg-danger-soft px-3 py-2 text-[13px] text-danger-fg">
            {errorMessage(allow.error)}
          </p>
        )}
      </div>
    </Dialog>
  );
}

function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="flex flex-col gap-1.5">
      <h3 className="text-[12px] font-medium tracking-wide text-fg-muted uppercase">{title}</h3>
      {children}
    </section>
  );
}

/** Wraps long values instead of hiding them: every character of what runs must be visible. */
function Code({ children, testId }: { children: string; testId?: string }) {
  return (
    <code
      data-testid={testId}
      className="block rounded-md bg-code px-2.5 py-1.5 font-mono text-[12.5px] break-all whitespace-pre-wrap text-fg"
    >
      {children}
    </code>
  );
}
