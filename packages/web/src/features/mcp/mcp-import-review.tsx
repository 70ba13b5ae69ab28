import type { CreateMcpServerRequest } from "@covalt/contracts";
import { Info } from "lucide-react";
import { formatCommandLine } from "./command-line.js";
import type { ParsedMcpServers } from "./parse-mcp-servers-json.js";

interface McpImportReviewProps {
  parsed: ParsedMcpServers;
  selected: ReadonlySet<number>;
  existingNames: ReadonlySet<string>;
  error: string | undefined;
  onToggle: (index: number, on: boolean) => void;
}

/** Every entry with the full command line or URL it would use: nothing is hidden behind a name. */
export function McpImportReview({ parsed, selected, existingNames, error, onToggle }: McpImportReviewProps) {
  return (
    <div data-testid="mcp-import-review" className="flex flex-col gap-3">
      <p className="flex items-start gap-2 rounded-lg bg-hover px-3 py-2 text-[12.5px] text-fg-muted">
        <Info aria-hidden="true" className="mt-px size-4 shrink-0" />
        Imported servers stay off until you turn them on, and a command asks for your approval before it first runs.
      </p>
      <ul className="flex flex-col divide-y divide-line rounded-lg border border-line">
        {parsed.servers.map((server, index) => (
          <li key={`${server.name}-${String(index)}`} data-testid="mcp-import-item" className="px-3 py-2.5">
            <label className="flex items-start gap-2.5">
              <input
                type="checkbox"
                checked={selected.has(index)}
                data-testid={`mcp-import-check-${server.name}`}
                onChange={(event) => {
                  onToggle(index, event.target.checked);
                }}
                className="mt-0.5 size-4 shrink-0 accent-(--color-accent)"
              />
              <span className="min-w-0 flex-1">
                <span className="flex flex-wrap items-center gap-2">
                  <span className="font-medium text-fg">{server.name}</span>
                  <span className="rounded-full bg-hover px-2 py-px text-[11px] text-fg-muted">
                    {server.transport.type === "stdio" ? "Command" : "URL"}
                  </span>
                  {existingNames.has(server.name) && (
                    <span className="text-[12px] text-warning-fg">A server with this name exists</span>
                  )}
                </span>
                <code className="mt-1 block font-mono text-[12px] break-all whitespace-pre-wrap text-fg-muted">
                  {summary(server)}
                </code>
                <Names server={server} />
              </span>
            </label>
          </li>
        ))}
      </ul>
      {parsed.problems.length > 0 && (
        <div
          data-testid="mcp-import-problems"
          className="rounded-lg bg-warning-soft px-3 py-2 text-[12.5px] text-warning-fg"
        >
          <p className="font-medium">Skipped:</p>
          <ul className="list-disc pl-5">
            {parsed.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      {error && (
        <p role="alert" className="rounded-lg bg-danger-soft px-3 py-2 text-[13px] whitespace-pre-line text-danger-fg">
          {error}
        </p>
      )}
    </div>
  );
}

function summary(server: CreateMcpServerRequest): string {
  const { transport } = server;
  if (transport.type === "http") return transport.url;
  const line = formatCommandLine(transport.command, transport.args ?? []);
  return transport.cwd ? `${line}\n(in ${transport.cwd})` : line;
}

/** Variable and header names; values are left out, secret ones say where they will be kept. */
function Names({ server }: { server: CreateMcpServerRequest }) {
  const { transport } = server;
  const plain = transport.type === "stdio" ? Object.keys(transport.env ?? {}) : [];
  const secret = Object.keys((transport.type === "stdio" ? transport.secretEnv : transport.headers) ?? {});
  if (plain.length === 0 && secret.length === 0) return null;
  const what = transport.type === "stdio" ? "Variables" : "Headers";
  return (
    <span className="mt-1 block text-[12px] text-fg-muted">
      {what}:{" "}
      {[...plain, ...secret.map((name) => `${name} (secret, stored encrypted)`)].map((name, index) => (
        <span key={name}>
          {index > 0 && ", "}
          <span className="font-mono">{name}</span>
        </span>
      ))}
    </span>
  );
}
