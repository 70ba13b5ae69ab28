import type { ComponentPropsWithRef } from "react";
import { classNames } from "./class-names.js";

interface IconButtonProps extends Omit<ComponentPropsWithRef<"button">, "aria-label"> {
  /** Required: an icon-only button is otherwise silent to screen readers. Also shown as tooltip. */
  label: string;
  /**
   * `md` 32 px with 18 px icons; `sm` 28 px with 16 px icons; `xs` 28 px with 14 px icons. A prop,
   * not class overrides: two competing size utilities resolve by stylesheet order, not by intent.
   */
  size?: "md" | "sm" | "xs";
}

const sizes = {
  md: "size-8 [&_svg]:size-[18px]",
  sm: "size-7 [&_svg]:size-4",
  xs: "size-7 [&_svg]:size-3.5",
};

export function IconButton({ label, className, type = "button", title, size = "md", ...rest }: IconButtonProps) {
  return (
    <button
      type={type}
      aria-label={label}
      title={title ?? label}
      className={classNames(
        "inline-flex shrink-0 items-center justify-center rounded-lg text-fg-muted transition-colors duration-150",
        "hover:bg-hover hover:text-fg disabled:pointer-events-none disabled:opacity-50",
        sizes[size],
        className,
      )}
      {...rest}
    />
  );
}
