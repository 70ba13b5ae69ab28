import { classNames } from "./class-names.js";

export type ButtonVariant = "primary" | "secondary" | "ghost" | "danger";
export type ButtonSize = "xs" | "sm" | "md";

const base =
  "inline-flex items-center justify-center gap-2 whitespace-nowrap rounded-lg font-medium select-none " +
  "transition-colors duration-150 disabled:pointer-events-none disabled:opacity-50 [&_svg]:shrink-0";

const variants: Record<ButtonVariant, string> = {
  primary: "bg-accent text-on-accent shadow-card hover:bg-accent-hover",
  secondary: "border border-line bg-card text-fg shadow-card hover:border-line-strong hover:bg-hover",
  ghost: "text-fg-muted hover:bg-hover hover:text-fg",
  danger: "bg-danger text-on-accent shadow-card hover:bg-danger-hover",
};

const sizes: Record<ButtonSize, string> = {
  xs: "h-7 gap-1.5 px-2.5 text-[12.5px] [&_svg]:size-3.5",
  sm: "h-8 px-3 text-[13px] [&_svg]:size-4",
  md: "h-9 px-4 text-sm [&_svg]:size-4",
};

/** Shared by <Button> and router links that should look like buttons. */
export function buttonStyles(variant: ButtonVariant = "secondary", size: ButtonSize = "md", extra?: string): string {
  return classNames(base, variants[variant], sizes[size], extra);
}
