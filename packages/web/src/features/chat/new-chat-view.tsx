import { HardDrive } from "lucide-react";
import { BrandMark } from "../../shared/ui/brand-mark.js";
import { ChatComposer } from "./composer/chat-composer.js";

/** The empty chat: a greeting and the composer; the first send creates the chat. */
export function NewChatView() {
  return (
    <div data-testid="chat-view" data-new-chat="true" className="flex min-h-full flex-col items-center px-5 sm:px-8">
      <title>New chat · Covalt</title>
      <div className="flex w-full max-w-3xl flex-1 flex-col justify-center py-12">
        <div className="flex animate-appear flex-col items-center text-center">
          <BrandMark className="size-11 rounded-xl shadow-float" />
          <h1 className="mt-6 text-[26px] font-semibold tracking-tight">What can I help with?</h1>
        </div>
        <div className="mt-8 animate-appear">
          <ChatComposer chat={undefined} messages={undefined} autoFocus />
        </div>
      </div>
      <p className="flex items-center gap-1.5 pb-5 text-xs text-fg-subtle">
        <HardDrive className="size-3.5" aria-hidden="true" />
        Your chats and files are stored on this computer.
      </p>
    </div>
  );
}
