import { Check, Copy } from "lucide-react";
import { IconButton } from "../../shared/ui/icon-button.js";
import { useCopy } from "../../shared/ui/use-copy.js";

/** Copies `text`; `text` may be a function so large values are only serialised on click. */
export function RendererCopyButton({ text, label = "Copy" }: { text: string | (() => string); label?: string }) {
  const { copied, copy } = useCopy();
  return (
    <IconButton
      label={copied ? "Copied" : label}
      size="xs"
      className="size-6"
      onClick={() => {
        copy(typeof text === "function" ? text() : text);
      }}
    >
      {copied ? <Check aria-hidden="true" className="text-accent-fg" /> : <Copy aria-hidden="true" />}
    </IconButton>
  );
}
