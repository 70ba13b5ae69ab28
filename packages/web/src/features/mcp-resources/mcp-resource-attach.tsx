import { useQuery } from "@tanstack/react-query";
import { Plug } from "lucide-react";
import { useState } from "react";
import { IconButton } from "../../shared/ui/icon-button.js";
import { mcpServersQuery } from "../mcp/mcp-queries.js";
import { McpResourceDialog } from "./mcp-resource-dialog.js";

/** "Attach from MCP…" beside the paperclip; shown once any MCP server is set up. */
export function McpResourceAttach({ onAttach }: { onAttach: (file: File) => void }) {
  const [open, setOpen] = useState(false);
  const servers = useQuery(mcpServersQuery);
  if ((servers.data?.length ?? 0) === 0 && !open) return null;
  return (
    <>
      <IconButton
        label="Attach from MCP…"
        size="sm"
        data-testid="composer-attach-mcp"
        onClick={() => {
          setOpen(true);
        }}
      >
        <Plug aria-hidden="true" />
      </IconButton>
      <McpResourceDialog
        open={open}
        onClose={() => {
          setOpen(false);
        }}
        onAttach={onAttach}
      />
    </>
  );
}
