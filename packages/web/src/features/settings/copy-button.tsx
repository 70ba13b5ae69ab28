import { Check, Copy } from "lucide-react";
import { useEffect, useState } from "react";
import { IconButton } from "../../shared/ui/icon-button.js";

const confirmationMs = 1_500;

export function CopyButton({ value, label }: { value: string; label: string }) {
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    if (!copied) return;
    const timer = window.setTimeout(() => {
      setCopied(false);
    }, confirmationMs);
    return () => {
      window.clearTimeout(timer);
    };
  }, [copied]);

  return (
    <IconButton
      label={copied ? "Copied" : label}
      className="size-7 [&_svg]:size-3.5"
      onClick={() => {
        // Clipboard access can be denied; the path stays selectable, so failing quietly is fine.
        navigator.clipboard.writeText(value).then(
          () => {
            setCopied(true);
          },
          () => undefined,
        );
      }}
    >
      {copied ? <Check aria-hidden="true" className="text-accent-fg" /> : <Copy aria-hidden="true" />}
    </IconButton>
  );
}
