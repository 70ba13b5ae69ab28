import type { ReactNode } from "react";

export function InlineCode({ children }: { children: ReactNode }) {
  return <code className="rounded-md bg-hover px-1.5 py-0.5 font-mono text-[12.5px] text-fg">{children}</code>;
}
