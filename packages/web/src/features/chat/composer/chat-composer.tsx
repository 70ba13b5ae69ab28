import { apiRoutes, type Chat, type Message } from "@covalt/contracts";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate } from "@tanstack/react-router";
import { ArrowRight } from "lucide-react";
import { useEffect, useState } from "react";
import { callApi } from "../../../shared/api/call-api.js";
import { errorMessage } from "../../../shared/api/error-message.js";
import { ModelSelector } from "../../models/model-selector.js";
import { extractToolMentions } from "../../tools/tool-mentions.js";
import { ToolPicker } from "../../tools/tool-picker.js";
import { toolsQuery } from "../../tools/tool-queries.js";
import { AttachmentChips } from "../attachments/attachment-chips.js";
import {
  attachFiles,
  hasPendingUploads,
  moveAttachments,
  removeAttachments,
  retryAttachment,
  uploadForSend,
} from "../attachments/attachment-uploads.js";
import { useStreamingRunId } from "../live/use-streaming-run.js";
import { sendMessage, SendFailure } from "../send/send-message.js";
import type { DraftAttachment } from "../attachments/draft-attachment.js";
import { Composer } from "./composer.js";
import { useComposerCommands } from "./composer-commands.js";
import { ComposerNotice } from "./composer-notice.js";
import { newChatDraftKey, useDraftStore } from "./draft-store.js";
import { useChatModel } from "./use-chat-model.js";
import { useChatTools } from "./use-chat-tools.js";

interface ChatComposerProps {
  /** Undefined on the new-chat page: the first send creates the chat. */
  chat: Chat | undefined;
  messages: readonly Message[] | undefined;
  autoFocus?: boolean;
  /** Up in the empty composer: opens the last question for editing; false when there is none. */
  onEditLast?: () => boolean;
}

const noAttachments: readonly DraftAttachment[] = [];

export function ChatComposer({ chat, messages, autoFocus = false, onEditLast }: ChatComposerProps) {
  const draftKey = chat?.id ?? newChatDraftKey;
  const draft = useDraftStore((state) => state.drafts[draftKey]);
  const { setText, setError, restore } = useDraftStore.getState();
  const model = useChatModel(chat);
  const chatTools = useChatTools(chat);
  const tools = useQuery(toolsQuery);
  const streamingRunId = useStreamingRunId(messages);
  const [sending, setSending] = useState(false);
  const queryClient = useQueryClient();
  const navigate = useNavigate();

  const stop = useMutation({
    mutationFn: (runId: string) => callApi(apiRoutes.cancelRun, { params: { runId } }),
  });
  const { mutate: stopRun } = stop;

  // Escape anywhere in the app stops this answer, not only Escape in the text box.
  useEffect(() => {
    if (streamingRunId === undefined) return;
    useComposerCommands.setState({ stop: () => stopRun(streamingRunId) });
    return () => {
      useComposerCommands.setState({ stop: undefined });
    };
  }, [streamingRunId, stopRun]);

  const attachments = draft?.attachments ?? noAttachments;
  const uploading = hasPendingUploads(attachments);

  const submit = async () => {
    const text = (draft?.text ?? "").trim();
    if (text === "" || uploading) return;
    // Failed chips stay behind (still showing why); the others go with the message.
    const sentIds = attachments.filter((attachment) => attachment.state === "ready").map((attachment) => attachment.id);
    setSending(true);
    setText(draftKey, "");
    setError(draftKey, undefined);
    try {
      const selected = await model.resolveSelected();
      if (selected === undefined) throw new Error("Choose a model first: no provider lists any model yet.");
      model.choose(selected);
      const chatId = await sendMessage(queryClient, {
        chatId: chat?.id,
        text,
        model: selected,
        chatTools: chatTools.selection,
        // Mentions stay in the text; they enable their tools for this one message.
        messageTools: extractToolMentions(text, tools.data ?? []),
        attachments: sentIds.length > 0 ? (chatId) => uploadForSend(draftKey, chatId, sentIds) : undefined,
      });
      removeAttachments(draftKey, sentIds);
      if (chat === undefined) {
        useDraftStore.getState().setTools(draftKey, undefined);
        await navigate({ to: "/chats/$chatId", params: { chatId } });
      }
    } catch (error) {
      const failed = { text, error: errorMessage(error) };
      const createdChatId = error instanceof SendFailure ? error.chatId : undefined;
      if (chat === undefined && createdChatId !== undefined) {
        restore(createdChatId, failed);
        moveAttachments(draftKey, createdChatId);
        await navigate({ to: "/chats/$chatId", params: { chatId: createdChatId } });
      } else {
        restore(draftKey, failed);
      }
    } finally {
      setSending(false);
    }
  };

  const streaming = streamingRunId !== undefined;
  return (
    <div data-testid="chat-composer">
      {draft?.error && (
        <ComposerNotice
          tone="error"
          testId="composer-error"
          onDismiss={() => {
            setError(draftKey, undefined);
          }}
        >
          {draft.error}
        </ComposerNotice>
      )}
      {stop.error && (
        <ComposerNotice
          tone="error"
          onDismiss={() => {
            stop.reset();
          }}
        >
          Could not stop the answer: {errorMessage(stop.error)}
        </ComposerNotice>
      )}
      {chatTools.saveError && (
        <ComposerNotice tone="error" testId="tool-selection-error" onDismiss={chatTools.dismissError}>
          Could not save the tool selection: {errorMessage(chatTools.saveError)}
        </ComposerNotice>
      )}
      {model.noProviders && (
        <ComposerNotice tone="info" testId="composer-no-provider">
          <span className="text-fg">No provider is set up yet.</span> Connect an AI service or a local model server to
          start chatting.{" "}
          <Link
            to="/settings"
            hash="providers"
            className="inline-flex items-center gap-1 font-medium whitespace-nowrap text-accent-fg hover:underline"
          >
            Settings → Providers
            <ArrowRight className="size-3.5" aria-hidden="true" />
          </Link>
        </ComposerNotice>
      )}
      {model.loadError && (
        <ComposerNotice tone="error">Could not list models: {errorMessage(model.loadError)}</ComposerNotice>
      )}
      <Composer
        value={draft?.text ?? ""}
        onChange={(text) => {
          setText(draftKey, text);
        }}
        onSubmit={() => void submit()}
        onStop={() => {
          if (streamingRunId !== undefined) stop.mutate(streamingRunId);
        }}
        onEditLast={onEditLast}
        streaming={streaming}
        stopping={stop.isPending}
        // While models load, Enter still works: the send waits for the list.
        sendBlocked={sending || uploading || (!model.loading && model.selected === undefined)}
        sendHint={uploading ? "Waiting for the attachments to upload" : undefined}
        onCommandError={(message) => {
          setError(draftKey, message);
        }}
        onAttachFiles={(files, pasted) => {
          const problem = attachFiles(draftKey, chat?.id, files, { pasted });
          if (problem !== undefined) setError(draftKey, problem);
        }}
        attachments={
          <AttachmentChips
            attachments={attachments}
            onRemove={(id) => {
              removeAttachments(draftKey, [id]);
            }}
            onRetry={(id) => {
              retryAttachment(draftKey, chat?.id, id);
            }}
          />
        }
        placeholder={model.noProviders ? "Add a provider to start chatting" : "Message Covalt"}
        autoFocus={autoFocus}
        mentionTools={tools.data}
        tools={
          !model.noProviders && (
            <>
              <ModelSelector
                providers={model.providers}
                value={model.selected}
                onChange={model.choose}
                disabled={model.loading}
              />
              <ToolPicker selection={chatTools.selection} onChange={chatTools.choose} />
            </>
          )
        }
      />
    </div>
  );
}
