import { LoaderCircle } from "lucide-react";
import { classNames } from "./class-names.js";

export function Spinner({ className, label }: { className?: string; label?: string }) {
  return (
    <LoaderCircle
      role={label ? "status" : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : true}
      className={classNames("animate-spin", className)}
    />
  );
}
