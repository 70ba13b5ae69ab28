import { Link } from "@tanstack/react-router";
import { ArrowRight, HardDrive } from "lucide-react";
import { BrandMark } from "../../shared/ui/brand-mark.js";
import { buttonStyles } from "../../shared/ui/button-styles.js";

/** The empty chat: until a provider is configured there is nothing to type into, so say how to get there. */
export function ChatView() {
  return (
    <div data-testid="chat-view" className="flex min-h-full flex-col items-center justify-center px-6 py-16">
      <title>Covalt</title>
      <div className="flex w-full max-w-md animate-appear flex-col items-center text-center">
        <BrandMark className="size-11 rounded-xl shadow-float" />
        <h1 className="mt-7 text-[26px] font-semibold tracking-tight">What can I help with?</h1>
        <p className="mt-3 text-[15px] leading-relaxed text-fg-muted">
          Covalt talks to the AI providers you connect — a hosted API or a model running on this machine. Add a provider
          in Settings to start your first chat.
        </p>
        <Link to="/settings" className={buttonStyles("primary", "md", "mt-7")}>
          Open Settings
          <ArrowRight aria-hidden="true" />
        </Link>
      </div>
      <p className="mt-16 flex items-center gap-1.5 text-xs text-fg-subtle">
        <HardDrive className="size-3.5" aria-hidden="true" />
        Your chats and files are stored on this computer.
      </p>
    </div>
  );
}
