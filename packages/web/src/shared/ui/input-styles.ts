import { classNames } from "./class-names.js";

/** One look for text inputs, so forms and search boxes line up. */
export function inputStyles(extra?: string): string {
  return classNames(
    "h-9 w-full rounded-lg border border-line bg-canvas px-3 text-[13.5px] text-fg placeholder:text-fg-subtle",
    "transition-colors duration-150 outline-none hover:border-line-strong",
    "focus-visible:border-focus focus-visible:outline-2 focus-visible:-outline-offset-1 focus-visible:outline-focus/25",
    "disabled:opacity-60 aria-invalid:border-danger-fg",
    extra,
  );
}
