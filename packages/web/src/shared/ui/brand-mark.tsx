import { classNames } from "./class-names.js";

/** Two overlapping rings: a covalent bond. Same drawing as public/favicon.svg. */
export function BrandMark({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" aria-hidden="true" className={classNames("shrink-0", className)}>
      <rect width="32" height="32" rx="8" className="fill-accent" />
      <circle cx="12.5" cy="16" r="6" fill="none" strokeWidth="2.4" className="stroke-on-accent" />
      <circle cx="19.5" cy="16" r="6" fill="none" strokeWidth="2.4" strokeOpacity="0.72" className="stroke-on-accent" />
    </svg>
  );
}
