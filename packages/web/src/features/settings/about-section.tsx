import { useQuery } from "@tanstack/react-query";
import { sessionQueryOptions } from "../../shared/api/session-query.js";
import { CopyButton } from "./copy-button.js";
import { SettingsRow } from "./settings-row.js";
import { SettingsSection } from "./settings-section.js";

export function AboutSection() {
  // Already loaded by the connection gate, so this reads from the cache.
  const session = useQuery(sessionQueryOptions);
  const version = session.data?.version ?? "—";
  const dataDir = session.data?.dataDir;

  return (
    <SettingsSection id="about" title="About" description="This Covalt install and where it keeps its data.">
      <SettingsRow label="Version">
        <span data-testid="about-version" className="font-mono text-[13px] text-fg tabular-nums">
          {version}
        </span>
      </SettingsRow>
      <SettingsRow
        label="Data directory"
        description="Chats, workspace files and settings live here. Back it up to keep your history."
        stacked
      >
        <div className="flex min-w-0 flex-1 items-center gap-2">
          <code
            data-testid="about-data-dir"
            className="min-w-0 flex-1 rounded-lg bg-hover px-3 py-2 font-mono text-[12.5px] break-all text-fg"
          >
            {dataDir ?? "—"}
          </code>
          {dataDir && <CopyButton value={dataDir} label="Copy data directory path" />}
        </div>
      </SettingsRow>
    </SettingsSection>
  );
}
