import type { DiffLineKind } from "./diff-model.js";

export const lineBackground: Record<DiffLineKind, string> = {
  context: "",
  added: "bg-success-soft",
  removed: "bg-danger-soft",
};

export const lineSign: Record<DiffLineKind, string> = { context: " ", added: "+", removed: "−" };

export const signColor: Record<DiffLineKind, string> = {
  context: "text-fg-subtle",
  added: "text-success-fg",
  removed: "text-danger-fg",
};

export const numberCell = "w-px px-2 text-right align-top text-fg-subtle tabular-nums select-none whitespace-nowrap";
export const textCell = "w-full pr-3 align-top whitespace-pre-wrap break-all";
