import { Check, Copy } from "lucide-react";
import { IconButton } from "../../../shared/ui/icon-button.js";
import { useCopy } from "../../../shared/ui/use-copy.js";

export function CopyMessageButton({ text }: { text: string }) {
  const { copied, copy } = useCopy();
  return (
    <IconButton
      label={copied ? "Copied" : "Copy message"}
      data-testid="copy-message"
      size="xs"
      disabled={text === ""}
      onClick={() => {
        copy(text);
      }}
    >
      {copied ? <Check aria-hidden="true" className="text-accent-fg" /> : <Copy aria-hidden="true" />}
    </IconButton>
  );
}
