import { useId } from "react";
import { inputStyles } from "../../shared/ui/input-styles.js";

interface McpImportSourceProps {
  text: string;
  /** Why the last attempt found nothing to import. */
  problems: readonly string[];
  onText: (text: string) => void;
  /** A chosen file goes straight to the review. */
  onFile: (content: string) => void;
}

const example = `{
  "mcpServers": {
    "filesystem": {
      "command": "npx",
      "args": ["-y", "@modelcontextprotocol/server-filesystem", "/Users/me/Desktop"]
    }
  }
}`;

export function McpImportSource({ text, problems, onText, onFile }: McpImportSourceProps) {
  const textId = useId();
  const fileId = useId();
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-col gap-1.5">
        <label htmlFor={fileId} className="text-[13px] font-medium text-fg">
          Choose a file
        </label>
        <input
          id={fileId}
          type="file"
          accept=".json,application/json"
          data-testid="mcp-import-file"
          className={inputStyles(
            "h-auto py-1.5 file:mr-3 file:rounded-md file:border-0 file:bg-hover file:px-2 file:py-1 file:text-fg",
          )}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void file.text().then(onFile);
          }}
        />
        <p className="text-[12.5px] text-fg-muted">
          Claude Desktop: claude_desktop_config.json. Cursor: ~/.cursor/mcp.json or .cursor/mcp.json in a project.
        </p>
      </div>
      <div className="flex flex-col gap-1.5">
        <label htmlFor={textId} className="text-[13px] font-medium text-fg">
          Or paste it
        </label>
        <textarea
          id={textId}
          rows={9}
          spellCheck={false}
          placeholder={example}
          value={text}
          aria-invalid={problems.length > 0 ? true : undefined}
          data-testid="mcp-import-text"
          onChange={(event) => {
            onText(event.target.value);
          }}
          className={inputStyles("h-auto resize-y py-2 font-mono text-[12px] leading-relaxed")}
        />
      </div>
      {problems.length > 0 && (
        <ul
          role="alert"
          data-testid="mcp-import-problems"
          className="rounded-lg bg-danger-soft px-3 py-2 text-[13px] text-danger-fg"
        >
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
