import { Link, useLocation } from "@tanstack/react-router";
import { ArrowLeft, Compass } from "lucide-react";
import { buttonStyles } from "../shared/ui/button-styles.js";

export function NotFoundPage() {
  const pathname = useLocation({ select: (location) => location.pathname });
  return (
    <div data-testid="not-found-page" className="flex min-h-full items-center justify-center px-6 py-16">
      <title>Page not found · Covalt</title>
      <div className="flex max-w-sm animate-appear flex-col items-center text-center">
        <div className="flex size-12 items-center justify-center rounded-2xl bg-hover text-fg-muted">
          <Compass className="size-6" aria-hidden="true" />
        </div>
        <h1 className="mt-5 text-xl font-semibold tracking-tight">Page not found</h1>
        <p className="mt-2 text-fg-muted">
          There is nothing at{" "}
          <code className="rounded bg-hover px-1.5 py-0.5 font-mono text-[12.5px] break-all text-fg">{pathname}</code>.
          The link may be mistyped or out of date.
        </p>
        <Link to="/" className={buttonStyles("secondary", "md", "mt-6")}>
          <ArrowLeft aria-hidden="true" />
          Back to Covalt
        </Link>
      </div>
    </div>
  );
}
