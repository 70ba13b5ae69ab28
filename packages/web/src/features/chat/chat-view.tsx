import { Link, useParams } from "@tanstack/react-router";
import { ArrowLeft, MessageSquareOff } from "lucide-react";
import { isApiError } from "../../shared/api/api-error.js";
import { errorMessage } from "../../shared/api/error-message.js";
import { buttonStyles } from "../../shared/ui/button-styles.js";
import { Spinner } from "../../shared/ui/spinner.js";
import { useMediaQuery } from "../../shared/ui/use-media-query.js";
import { WorkspaceDock } from "../workspace/workspace-dock.js";
import { BranchMapPanel } from "./branch-map/branch-map-panel.js";
import { useBranchMapPanel } from "./branch-map/branch-map-store.js";
import { ChatHeader } from "./chat-header.js";
import { untitledChat } from "./chat-list-item.js";
import { useChat } from "./use-chats.js";
import { ChatComposer } from "./composer/chat-composer.js";
import { ComposerNotice } from "./composer/composer-notice.js";
import { useChatModel } from "./composer/use-chat-model.js";
import { DeleteMessageDialog } from "./delete-message-dialog.js";
import { lastUserMessage } from "./history/message-window.js";
import { useMessageWindow } from "./history/use-message-window.js";
import { useRunStreams } from "./live/use-run-streams.js";
import { MessageActionsContext } from "./transcript/message-actions-context.js";
import { Transcript } from "./transcript/transcript.js";
import { requestReveal, setEditing } from "./transcript/transcript-store.js";
import { useMessageActionHandlers } from "./use-message-action-handlers.js";

export function ChatView() {
  const chatId = useParams({ from: "/chats/$chatId", select: (params) => params.chatId });
  const chatQuery = useChat(chatId);
  const history = useMessageWindow(chatId);
  const chat = chatQuery.data;
  const loaded = history.query.data;
  useRunStreams(chatId, loaded?.messages);
  const model = useChatModel(chat);
  const handlers = useMessageActionHandlers({ chat, resolveModel: model.resolveSelected });
  const branchMapOpen = useBranchMapPanel((state) => state.open);
  const toggleBranchMap = useBranchMapPanel((state) => state.toggle);
  // Below this width the branch map floats over the transcript instead of sitting beside it.
  const branchMapFloats = useMediaQuery("(max-width: 767px)");

  // A failed refetch of a chat already shown keeps showing it; only a first load that fails does not.
  const failed = loaded === undefined && history.query.isError ? history.query.error : undefined;
  const missing = (isApiError(failed) && failed.code === "not-found") || (chatQuery.isSuccess && loaded && !chat);
  if (missing || failed) {
    return (
      <div data-testid="chat-view" className="flex h-full items-center justify-center px-6">
        <title>Chat not found · Covalt</title>
        <div className="flex max-w-sm animate-appear flex-col items-center text-center">
          <div className="flex size-12 items-center justify-center rounded-2xl bg-hover text-fg-muted">
            <MessageSquareOff className="size-6" aria-hidden="true" />
          </div>
          <h1 className="mt-5 text-lg font-semibold tracking-tight">
            {missing ? "This chat does not exist" : "The chat could not be loaded"}
          </h1>
          <p className="mt-2 text-fg-muted">
            {missing ? "It may have been deleted, or the link is out of date." : errorMessage(failed)}
          </p>
          <Link to="/" className={buttonStyles("secondary", "md", "mt-6")}>
            <ArrowLeft aria-hidden="true" />
            Start a new chat
          </Link>
        </div>
      </div>
    );
  }
  if (chat === undefined || loaded === undefined) {
    return (
      <div data-testid="chat-view" className="flex h-full items-center justify-center text-fg-subtle">
        <Spinner className="size-5" label="Loading chat" />
      </div>
    );
  }

  const editLast = () => {
    const last = lastUserMessage(loaded);
    if (last === undefined) return false;
    setEditing(last.id);
    requestReveal(chat.id, last.id, false);
    return true;
  };

  return (
    <div data-testid="chat-view" data-chat-id={chat.id} className="relative flex h-full">
      <title>{`${chat.title || untitledChat} · Covalt`}</title>
      <MessageActionsContext value={handlers.actions}>
        <div className="flex min-w-0 flex-1 flex-col">
          <ChatHeader chat={chat} branchMapOpen={branchMapOpen} onToggleBranchMap={toggleBranchMap} />
          <Transcript
            key={chat.id}
            chatId={chat.id}
            messageWindow={loaded}
            onShowLatest={() => {
              handlers.showLatest(chat.id);
            }}
            paging={{
              loadOlder: history.loadOlder,
              loadNewer: history.loadNewer,
              loadingOlder: history.loadingOlder,
              loadingNewer: history.loadingNewer,
              failed: history.pagingError !== null,
            }}
          />
          <div className="mx-auto w-full max-w-3xl shrink-0 px-5 pb-5 sm:px-8">
            {handlers.failure && (
              <ComposerNotice tone="error" testId="message-action-error" onDismiss={handlers.dismissFailure}>
                {handlers.failure}
              </ComposerNotice>
            )}
            <ChatComposer key={chat.id} chat={chat} messages={loaded.messages} autoFocus onEditLast={editLast} />
          </div>
        </div>
        <WorkspaceDock chatId={chat.id} />
        {branchMapOpen && (
          <div className="absolute inset-y-0 right-0 z-20 w-[min(340px,90vw)] shadow-float md:static md:w-80 md:shrink-0 md:shadow-none">
            <BranchMapPanel
              chatId={chat.id}
              onClose={toggleBranchMap}
              onJumped={branchMapFloats ? toggleBranchMap : undefined}
            />
          </div>
        )}
        <DeleteMessageDialog
          message={handlers.removal.message}
          onConfirm={handlers.removal.confirm}
          onCancel={handlers.removal.cancel}
        />
      </MessageActionsContext>
    </div>
  );
}
