import { apiRoutes, type McpServerView } from "@covalt/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { KeyRound, LogOut } from "lucide-react";
import { callApi } from "../../shared/api/call-api.js";
import { errorMessage } from "../../shared/api/error-message.js";
import { Button } from "../../shared/ui/button.js";
import { IconButton } from "../../shared/ui/icon-button.js";
import { invalidateMcp } from "./mcp-queries.js";

/**
 * For an HTTP server in `needs-auth`: starts OAuth and opens the authorization page in a new tab.
 * The row turns ready through the live `mcp-status` event once the browser comes back to Covalt.
 */
export function McpSignInBanner({ server }: { server: McpServerView }) {
  const queryClient = useQueryClient();
  const signIn = useMutation({
    mutationFn: () => callApi(apiRoutes.signInMcpServer, { params: { serverId: server.id } }),
    onSuccess: ({ authorizationUrl }) => {
      if (authorizationUrl !== undefined) window.open(authorizationUrl, "_blank", "noopener");
    },
    onSettled: () => invalidateMcp(queryClient),
  });
  const url = signIn.data?.authorizationUrl;

  return (
    <div className="mx-4 mb-3 rounded-lg bg-warning-soft px-3 py-2 text-[12.5px] text-warning-fg">
      <div className="flex flex-wrap items-center gap-3">
        <KeyRound aria-hidden="true" className="size-4 shrink-0" />
        <p className="min-w-0 flex-1">
          {url === undefined
            ? `${server.name} needs you to sign in before Covalt can use it.`
            : "Finish signing in in the new tab; this row updates when you are done."}
        </p>
        <Button
          size="xs"
          variant="primary"
          data-testid={`mcp-sign-in-${server.id}`}
          disabled={signIn.isPending}
          onClick={() => {
            signIn.mutate();
          }}
        >
          {url === undefined ? "Sign in" : "Sign in again"}
        </Button>
      </div>
      {url !== undefined && (
        <p className="mt-1.5">
          No tab opened?{" "}
          <a href={url} target="_blank" rel="noopener noreferrer" className="underline">
            Open the sign-in page
          </a>
          .
        </p>
      )}
      {signIn.error && (
        <p role="alert" className="mt-1.5 text-danger-fg">
          {errorMessage(signIn.error)}
        </p>
      )}
    </div>
  );
}

/** Forgets an HTTP server's OAuth tokens; shown only while some are stored. */
export function McpSignOutButton({ server }: { server: McpServerView }) {
  const queryClient = useQueryClient();
  const signOut = useMutation({
    mutationFn: () => callApi(apiRoutes.signOutMcpServer, { params: { serverId: server.id } }),
    onSettled: () => invalidateMcp(queryClient),
  });
  if (server.transport.type !== "http" || server.signedIn !== true) return null;
  return (
    <IconButton
      label={`Sign out of ${server.name}`}
      size="sm"
      data-testid={`mcp-sign-out-${server.id}`}
      disabled={signOut.isPending}
      onClick={() => {
        signOut.mutate();
      }}
    >
      <LogOut aria-hidden="true" />
    </IconButton>
  );
}
