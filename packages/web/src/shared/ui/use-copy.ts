import { useCallback, useEffect, useState } from "react";

const confirmationMs = 1_500;

/** Copies text and reports `copied` for a moment, so the button can confirm it worked. */
export function useCopy(): { copied: boolean; copy: (text: string) => void } {
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

  const copy = useCallback((text: string) => {
    // Clipboard access can be denied; the text stays selectable, so failing quietly is fine.
    navigator.clipboard.writeText(text).then(
      () => {
        setCopied(true);
      },
      () => undefined,
    );
  }, []);

  return { copied, copy };
}
