import { CircleAlert, RotateCw, X } from "lucide-react";
import { classNames } from "../../../shared/ui/class-names.js";
import { Spinner } from "../../../shared/ui/spinner.js";
import { formatBytes } from "./attachment-files.js";
import { AttachmentIcon } from "./attachment-icon.js";
import type { DraftAttachment } from "./draft-attachment.js";

interface AttachmentChipsProps {
  attachments: readonly DraftAttachment[];
  onRemove: (id: string) => void;
  onRetry: (id: string) => void;
}

/** The files attached to the message being written, above its text box. */
export function AttachmentChips({ attachments, onRemove, onRetry }: AttachmentChipsProps) {
  if (attachments.length === 0) return null;
  return (
    <ul aria-label="Attachments" className="flex flex-wrap gap-2 px-3 pt-3">
      {attachments.map((attachment) => (
        <AttachmentChip
          key={attachment.id}
          attachment={attachment}
          onRemove={() => {
            onRemove(attachment.id);
          }}
          onRetry={() => {
            onRetry(attachment.id);
          }}
        />
      ))}
    </ul>
  );
}

function AttachmentChip({
  attachment,
  onRemove,
  onRetry,
}: {
  attachment: DraftAttachment;
  onRemove: () => void;
  onRetry: () => void;
}) {
  const { name, state, error } = attachment;
  const failed = state === "error";
  return (
    <li
      data-testid="composer-attachment"
      data-state={state}
      data-name={name}
      title={failed ? error : name}
      className={classNames(
        "flex max-w-full min-w-0 animate-appear items-center gap-2 rounded-xl border py-1.5 pr-1 pl-1.5 text-[12.5px]",
        failed ? "max-w-[min(100%,420px)] border-danger/40 bg-danger-soft" : "w-[220px] border-line bg-canvas",
      )}
    >
      <span
        className={classNames(
          "relative flex size-9 shrink-0 items-center justify-center overflow-hidden rounded-lg",
          failed ? "bg-card text-danger-fg" : "bg-hover text-fg-muted",
        )}
      >
        {attachment.previewUrl !== undefined && !failed ? (
          <img src={attachment.previewUrl} alt="" className="size-full object-cover" draggable={false} />
        ) : failed ? (
          <CircleAlert className="size-4" aria-hidden="true" />
        ) : (
          <AttachmentIcon name={name} mimeType={attachment.mimeType} className="size-4" />
        )}
        {state === "uploading" && (
          <span className="absolute inset-0 flex items-center justify-center bg-card/70">
            <Spinner className="size-4 text-accent-fg" label={`Uploading ${name}`} />
          </span>
        )}
      </span>
      <span className="flex min-w-0 flex-1 flex-col leading-tight">
        <span className={classNames("truncate font-medium", failed ? "text-danger-fg" : "text-fg")}>{name}</span>
        <span
          data-testid={failed ? "composer-attachment-error" : undefined}
          className={classNames(
            "mt-0.5 text-[11.5px]",
            failed ? "line-clamp-2 text-danger-fg" : "truncate text-fg-subtle",
          )}
        >
          {failed ? error : `${formatBytes(attachment.size)}${state === "uploading" ? " · Uploading…" : ""}`}
        </span>
      </span>
      {failed && attachment.fatal !== true && (
        <button
          type="button"
          aria-label={`Retry ${name}`}
          title="Retry"
          data-testid="composer-attachment-retry"
          onClick={onRetry}
          className="flex size-6 shrink-0 items-center justify-center rounded-md text-danger-fg opacity-80 hover:bg-card hover:opacity-100"
        >
          <RotateCw className="size-3.5" aria-hidden="true" />
        </button>
      )}
      <button
        type="button"
        aria-label={`Remove ${name}`}
        title="Remove"
        data-testid="composer-attachment-remove"
        onClick={onRemove}
        className={classNames(
          "flex size-6 shrink-0 items-center justify-center rounded-md opacity-70 hover:opacity-100",
          failed ? "text-danger-fg hover:bg-card" : "text-fg-muted hover:bg-hover",
        )}
      >
        <X className="size-3.5" aria-hidden="true" />
      </button>
    </li>
  );
}
