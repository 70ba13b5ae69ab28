import type { McpResource } from "@covalt/contracts";
import { useMutation, useQuery } from "@tanstack/react-query";
import { CircleAlert, FileText, Search } from "lucide-react";
import { useState, type ReactNode } from "react";
import { errorMessage } from "../../shared/api/error-message.js";
import { classNames } from "../../shared/ui/class-names.js";
import { Dialog } from "../../shared/ui/dialog.js";
import { inputStyles } from "../../shared/ui/input-styles.js";
import { Spinner } from "../../shared/ui/spinner.js";
import { mcpServersQuery } from "../mcp/mcp-queries.js";
import { askableServers, isStarting } from "../mcp-prompts/askable-servers.js";
import { mcpResourcesQuery, readMcpResource } from "./mcp-resource-queries.js";
import { filterResources, resourceToFile } from "./resource-file.js";

interface McpResourceDialogProps {
  open: boolean;
  onClose: () => void;
  /** The chosen resource, read and turned into a file to attach. */
  onAttach: (file: File) => void;
}

/**
 * Browses the resources of the MCP servers that can be asked (a lazy server starts when chosen);
 * choosing one reads it and attaches it to the message.
 */
export function McpResourceDialog({ open, onClose, onAttach }: McpResourceDialogProps) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title="Attach from MCP"
      description="Resources of your MCP servers. The one you choose is added to the message as a file."
      size="lg"
      testId="mcp-resource-dialog"
    >
      {open && <ResourceBrowser onAttach={onAttach} onClose={onClose} />}
    </Dialog>
  );
}

function ResourceBrowser({ onAttach, onClose }: { onAttach: (file: File) => void; onClose: () => void }) {
  const servers = useQuery(mcpServersQuery);
  const askable = askableServers(servers.data ?? []);
  const [chosenId, setChosenId] = useState<string | undefined>(undefined);
  const chosen = askable.find((server) => server.id === chosenId) ?? askable[0];
  const serverId = chosen?.id;
  const [query, setQuery] = useState("");
  const resources = useQuery({ ...mcpResourcesQuery(serverId ?? ""), enabled: serverId !== undefined });
  const attach = useMutation({
    mutationFn: async ({ server, resource }: { server: string; resource: McpResource }) => {
      const read = await readMcpResource(server, resource.uri);
      return resourceToFile(resource, read.contents);
    },
    onSuccess: (file) => {
      onAttach(file);
      onClose();
    },
  });

  if (servers.isPending) return <Loading label="Loading MCP servers…" />;
  if (servers.error) return <Problem>Could not list MCP servers: {errorMessage(servers.error)}</Problem>;
  if (askable.length === 0) {
    return (
      <p
        data-testid="mcp-resource-no-servers"
        className="rounded-xl bg-hover px-4 py-6 text-center text-[13px] text-fg-muted"
      >
        No MCP server can be used right now. Add one, or switch one on and allow it, in Settings → MCP servers.
      </p>
    );
  }

  const shown = filterResources(resources.data ?? [], query);
  return (
    <div className="flex min-h-[320px] gap-4">
      <nav aria-label="MCP servers" className="flex w-40 shrink-0 flex-col gap-0.5">
        {askable.map((server) => (
          <button
            key={server.id}
            type="button"
            data-testid={`mcp-resource-server-${server.id}`}
            aria-current={server.id === serverId ? "true" : undefined}
            onClick={() => {
              setChosenId(server.id);
              attach.reset();
            }}
            className={classNames(
              "truncate rounded-lg px-2.5 py-1.5 text-left text-[13px] transition-colors duration-150",
              server.id === serverId ? "bg-hover font-medium text-fg" : "text-fg-muted hover:bg-hover hover:text-fg",
            )}
          >
            {server.name}
          </button>
        ))}
      </nav>
      <div className="flex min-w-0 flex-1 flex-col gap-2.5">
        <div className="relative">
          <Search
            className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-fg-subtle"
            aria-hidden="true"
          />
          <input
            type="search"
            aria-label="Search resources"
            placeholder="Search resources"
            data-testid="mcp-resource-search"
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
            }}
            onKeyDown={(event) => {
              // The dialog sits inside the composer's <form>: Enter here must not send the message.
              if (event.key === "Enter") event.preventDefault();
            }}
            className={inputStyles("pl-8")}
          />
        </div>
        {attach.error && (
          <Problem testId="mcp-resource-error">Could not attach the resource: {errorMessage(attach.error)}</Problem>
        )}
        {resources.isPending ? (
          <Loading
            label={chosen !== undefined && isStarting(chosen) ? `Starting ${chosen.name}…` : "Loading resources…"}
          />
        ) : resources.error ? (
          <Problem>Could not list the resources: {errorMessage(resources.error)}</Problem>
        ) : shown.length === 0 ? (
          <p className="px-1 py-4 text-[13px] text-fg-muted">
            {query.trim() === "" ? "This server has no resources." : "No resource matches."}
          </p>
        ) : (
          <ul aria-label="Resources" className="flex flex-col gap-0.5">
            {shown.map((resource, index) => {
              const reading = attach.isPending && attach.variables.resource.uri === resource.uri;
              return (
                <li key={resource.uri}>
                  <button
                    type="button"
                    data-testid={`mcp-resource-${String(index)}`}
                    disabled={attach.isPending}
                    onClick={() => {
                      if (serverId !== undefined) attach.mutate({ server: serverId, resource });
                    }}
                    className="flex w-full items-start gap-2.5 rounded-lg px-2.5 py-2 text-left transition-colors duration-150 hover:bg-hover disabled:opacity-60"
                  >
                    {reading ? (
                      <Spinner className="mt-0.5 size-4 shrink-0 text-fg-muted" />
                    ) : (
                      <FileText className="mt-0.5 size-4 shrink-0 text-fg-muted" aria-hidden="true" />
                    )}
                    <span className="min-w-0 flex-1">
                      <span className="flex items-baseline gap-2">
                        <span className="truncate text-[13px] font-medium text-fg">
                          {resource.title ?? resource.name}
                        </span>
                        {resource.mimeType && (
                          <span className="shrink-0 rounded bg-hover px-1.5 text-[11px] text-fg-muted">
                            {resource.mimeType}
                          </span>
                        )}
                      </span>
                      <span className="block truncate font-mono text-[11.5px] text-fg-subtle">{resource.uri}</span>
                      {resource.description && (
                        <span className="mt-0.5 line-clamp-2 block text-[12px] text-fg-muted">
                          {resource.description}
                        </span>
                      )}
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </div>
  );
}

function Loading({ label }: { label: string }) {
  return (
    <div className="flex items-center gap-2 px-1 py-4 text-[13px] text-fg-muted">
      <Spinner className="size-4" />
      {label}
    </div>
  );
}

function Problem({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <div
      role="alert"
      data-testid={testId}
      className="flex items-start gap-2 rounded-xl bg-danger-soft px-3.5 py-2.5 text-[13px] text-danger-fg"
    >
      <CircleAlert className="mt-0.5 size-4 shrink-0" aria-hidden="true" />
      <div className="min-w-0 flex-1 break-words">{children}</div>
    </div>
  );
}
