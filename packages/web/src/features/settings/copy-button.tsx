import { Check, Copy } from "lucide-react";
import { IconButton } from "../../shared/ui/icon-button.js";
import { useCopy } from "../../shared/ui/use-copy.js";

export function CopyButton({ value, label }: { value: string; label: string }) {
  const { copied, copy } = useCopy();
  return (
    <IconButton
      label={copied ? "Copied" : label}
      size="xs"
      onClick={() => {
        copy(value);
      }}
    >
      {copied ? <Check aria-hidden="true" className="text-accent-fg" /> : <Copy aria-hidden="true" />}
    </IconButton>
  );
}
