import { Cpu } from "lucide-react";
import { useMemo } from "react";
import { classNames } from "../../shared/ui/class-names.js";

/**
 * Catalog icons are SVG documents from the server. As an <img> they cannot run script or reach
 * into the page, which inlining the markup would allow.
 */
export function ProviderIcon({ svg, className }: { svg: string | undefined; className?: string }) {
  const source = useMemo(
    () => (svg === undefined ? undefined : `data:image/svg+xml;utf8,${encodeURIComponent(svg)}`),
    [svg],
  );
  const frame = classNames("shrink-0 rounded-md", className ?? "size-5");
  if (source === undefined) {
    return (
      <span className={classNames(frame, "flex items-center justify-center bg-hover text-fg-subtle")}>
        <Cpu className="size-[70%]" aria-hidden="true" />
      </span>
    );
  }
  return <img src={source} alt="" aria-hidden="true" draggable={false} className={frame} />;
}
