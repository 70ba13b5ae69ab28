import type { ButtonHTMLAttributes } from "react";
import { classNames } from "./class-names.js";

interface IconButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, "aria-label"> {
  /** Required: an icon-only button is otherwise silent to screen readers. Also shown as tooltip. */
  label: string;
}

export function IconButton({ label, className, type = "button", title, ...rest }: IconButtonProps) {
  return (
    <button
      type={type}
      aria-label={label}
      title={title ?? label}
      className={classNames(
        "inline-flex size-8 shrink-0 items-center justify-center rounded-lg text-fg-muted transition-colors duration-150",
        "hover:bg-hover hover:text-fg disabled:pointer-events-none disabled:opacity-50 [&_svg]:size-[18px]",
        className,
      )}
      {...rest}
    />
  );
}
