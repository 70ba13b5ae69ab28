import { useMediaQuery } from "../../shared/ui/use-media-query.js";
import { ArtifactPanel } from "./panel/artifact-panel.js";
import { useChatPanel } from "./panel/workspace-panel-store.js";
import { useWorkspaceUpdates } from "./use-workspace-updates.js";

/**
 * Where the chat view hosts its workspace: keeps the chat's workspace queries in step with
 * events even while the panel is closed, and docks the panel at the right when it is open.
 */
export function WorkspaceDock({ chatId }: { chatId: string }) {
  useWorkspaceUpdates(chatId);
  const { open } = useChatPanel(chatId);
  // Below this width the panel covers the transcript instead of squeezing it.
  const floats = useMediaQuery("(max-width: 767px)");
  if (!open) return null;
  return floats ? (
    <div className="absolute inset-0 z-30 shadow-float">
      <ArtifactPanel chatId={chatId} floating />
    </div>
  ) : (
    <ArtifactPanel chatId={chatId} floating={false} />
  );
}
