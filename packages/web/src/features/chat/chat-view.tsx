import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "@tanstack/react-router";
import { ArrowLeft, MessageSquareOff } from "lucide-react";
import { isApiError } from "../../shared/api/api-error.js";
import { errorMessage } from "../../shared/api/error-message.js";
import { buttonStyles } from "../../shared/ui/button-styles.js";
import { Spinner } from "../../shared/ui/spinner.js";
import { chatQuery } from "./chat-queries.js";
import { untitledChat } from "./chat-list-item.js";
import { ChatComposer } from "./composer/chat-composer.js";
import { useRunStreams } from "./live/use-run-streams.js";
import { Transcript } from "./transcript/transcript.js";

export function ChatView() {
  const chatId = useParams({ from: "/chats/$chatId", select: (params) => params.chatId });
  const query = useQuery(chatQuery(chatId));
  useRunStreams(chatId, query.data?.messages);

  if (query.isPending) {
    return (
      <div data-testid="chat-view" className="flex h-full items-center justify-center text-fg-subtle">
        <Spinner className="size-5" label="Loading chat" />
      </div>
    );
  }
  if (query.isError) {
    const missing = isApiError(query.error) && query.error.code === "not-found";
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
            {missing ? "It may have been deleted, or the link is out of date." : errorMessage(query.error)}
          </p>
          <Link to="/" className={buttonStyles("secondary", "md", "mt-6")}>
            <ArrowLeft aria-hidden="true" />
            Start a new chat
          </Link>
        </div>
      </div>
    );
  }

  const { chat, messages } = query.data;
  const title = chat.title || untitledChat;
  return (
    <div data-testid="chat-view" data-chat-id={chat.id} className="flex h-full flex-col">
      <title>{`${title} · Covalt`}</title>
      <header className="mx-auto flex h-12 w-full max-w-3xl shrink-0 items-center px-5 sm:px-8">
        <h1 data-testid="chat-heading" className="truncate text-[14px] font-medium text-fg-muted">
          {title}
        </h1>
      </header>
      <Transcript key={chat.id} messages={messages} />
      <div className="mx-auto w-full max-w-3xl shrink-0 px-5 pb-5 sm:px-8">
        <ChatComposer key={chat.id} chat={chat} messages={messages} autoFocus />
      </div>
    </div>
  );
}
