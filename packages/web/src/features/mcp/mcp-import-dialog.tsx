import { apiRoutes, type CreateMcpServerRequest } from "@covalt/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { callApi } from "../../shared/api/call-api.js";
import { errorMessage } from "../../shared/api/error-message.js";
import { Button } from "../../shared/ui/button.js";
import { Dialog } from "../../shared/ui/dialog.js";
import { McpImportReview } from "./mcp-import-review.js";
import { McpImportSource } from "./mcp-import-source.js";
import { invalidateMcp } from "./mcp-queries.js";
import { parseMcpServersJson, type ParsedMcpServers } from "./parse-mcp-servers-json.js";

interface McpImportDialogProps {
  /** Names already configured: such entries start unticked, to avoid doubles. */
  existingNames: ReadonlySet<string>;
  onClose: () => void;
}

/** Paste or pick a Claude Desktop / Cursor `mcpServers` file, review every entry, then create them. */
export function McpImportDialog({ existingNames, onClose }: McpImportDialogProps) {
  const queryClient = useQueryClient();
  const [text, setText] = useState("");
  const [parsed, setParsed] = useState<ParsedMcpServers | undefined>(undefined);
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());

  const importing = useMutation({
    mutationFn: async (servers: CreateMcpServerRequest[]) => {
      const failures: string[] = [];
      // One at a time, so a failure names its server and the others still arrive.
      for (const server of servers) {
        try {
          await callApi(apiRoutes.createMcpServer, { body: server });
        } catch (error) {
          failures.push(`${server.name}: ${errorMessage(error)}`);
        }
      }
      await invalidateMcp(queryClient);
      if (failures.length > 0) throw new Error(`Some servers were not imported.\n${failures.join("\n")}`);
    },
    onSuccess: onClose,
  });

  const review = (source: string) => {
    const result = parseMcpServersJson(source);
    setParsed(result);
    setSelected(new Set(result.servers.flatMap((server, index) => (existingNames.has(server.name) ? [] : [index]))));
  };
  const reviewing = parsed !== undefined && parsed.servers.length > 0;
  const chosen = reviewing ? parsed.servers.filter((_server, index) => selected.has(index)) : [];

  return (
    <Dialog
      open
      onClose={onClose}
      size="lg"
      testId="mcp-import-dialog"
      title="Import MCP servers"
      description="From the mcpServers JSON that Claude Desktop, Cursor and other apps use."
      footer={
        reviewing ? (
          <>
            <Button
              variant="ghost"
              size="sm"
              onClick={() => {
                setParsed(undefined);
                importing.reset();
              }}
            >
              Back
            </Button>
            <Button
              variant="primary"
              size="sm"
              data-testid="mcp-import-submit"
              disabled={chosen.length === 0 || importing.isPending}
              onClick={() => {
                importing.mutate(chosen);
              }}
            >
              {importing.isPending ? "Importing…" : `Import ${String(chosen.length)}`}
            </Button>
          </>
        ) : (
          <>
            <Button variant="ghost" size="sm" onClick={onClose}>
              Cancel
            </Button>
            <Button
              variant="primary"
              size="sm"
              data-testid="mcp-import-next"
              onClick={() => {
                review(text);
              }}
            >
              Review
            </Button>
          </>
        )
      }
    >
      {reviewing ? (
        <McpImportReview
          parsed={parsed}
          selected={selected}
          existingNames={existingNames}
          error={importing.error ? errorMessage(importing.error) : undefined}
          onToggle={(index, on) => {
            setSelected((current) => {
              const next = new Set(current);
              if (on) next.add(index);
              else next.delete(index);
              return next;
            });
          }}
        />
      ) : (
        <McpImportSource
          text={text}
          problems={parsed?.problems ?? []}
          onText={setText}
          onFile={(content) => {
            setText(content);
            review(content);
          }}
        />
      )}
    </Dialog>
  );
}
