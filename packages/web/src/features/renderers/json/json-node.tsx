import { ChevronRight } from "lucide-react";
import { useState } from "react";
import { classNames } from "../../../shared/ui/class-names.js";

const stringPreviewLength = 200;
const childPageSize = 100;

function JsonString({ value }: { value: string }) {
  const [full, setFull] = useState(false);
  const long = value.length > stringPreviewLength;
  return (
    <span className="break-all whitespace-pre-wrap text-[color:light-dark(#0a3069,#a5d6ff)]">
      "{long && !full ? `${value.slice(0, stringPreviewLength)}…` : value}"
      {long && (
        <button
          type="button"
          onClick={() => {
            setFull(!full);
          }}
          className="ml-1.5 rounded px-1 font-sans text-[11px] text-accent-fg hover:bg-hover"
        >
          {full ? "show less" : `show all ${value.length} characters`}
        </button>
      )}
    </span>
  );
}

export function JsonPrimitive({ value }: { value: unknown }) {
  if (typeof value === "string") return <JsonString value={value} />;
  if (typeof value === "number" || typeof value === "bigint") {
    return <span className="text-[color:light-dark(#0550ae,#79c0ff)]">{String(value)}</span>;
  }
  if (typeof value === "boolean")
    return <span className="text-[color:light-dark(#cf222e,#ff7b72)]">{String(value)}</span>;
  if (value === null) return <span className="text-fg-subtle italic">null</span>;
  // JSON never holds anything else; a hand-built config might (undefined, a function).
  return <span className="text-fg-subtle">{typeof value === "undefined" ? "undefined" : typeof value}</span>;
}

interface JsonNodeProps {
  name: string | undefined;
  value: unknown;
  depth: number;
  /** Levels open on first render; deeper containers start folded. */
  openDepth: number;
}

/** One key of the tree: primitives inline, objects and arrays as foldable rows with their children indented. */
export function JsonNode({ name, value, depth, openDepth }: JsonNodeProps) {
  const isContainer = typeof value === "object" && value !== null;
  const [open, setOpen] = useState(depth < openDepth);
  const [visibleChildren, setVisibleChildren] = useState(childPageSize);
  const label = name === undefined ? null : <span className="text-[color:light-dark(#953800,#ffa657)]">{name}</span>;

  if (!isContainer) {
    return (
      <div className="pl-[18px]">
        {label}
        {label && <span className="text-fg-subtle">: </span>}
        <JsonPrimitive value={value} />
      </div>
    );
  }

  const isArray = Array.isArray(value);
  const entries: [string, unknown][] = isArray
    ? value.map((item, index) => [String(index), item])
    : Object.entries(value);
  const summary = isArray ? `[${entries.length}]` : `{${entries.length}}`;
  return (
    <div>
      <button
        type="button"
        aria-expanded={open}
        disabled={entries.length === 0}
        onClick={() => {
          setOpen(!open);
        }}
        className="flex items-center rounded text-left hover:bg-hover disabled:pointer-events-none"
      >
        <ChevronRight
          className={classNames(
            "size-3.5 shrink-0 text-fg-subtle transition-transform",
            open && "rotate-90",
            entries.length === 0 && "invisible",
          )}
          aria-hidden="true"
        />
        <span className="ml-1">
          {label}
          {label && <span className="text-fg-subtle">: </span>}
          <span className="text-fg-subtle">{entries.length === 0 ? (isArray ? "[]" : "{}") : summary}</span>
        </span>
      </button>
      {open && entries.length > 0 && (
        <div className="ml-[7px] border-l border-line pl-2.5">
          {entries.slice(0, visibleChildren).map(([key, child]) => (
            <JsonNode key={key} name={key} value={child} depth={depth + 1} openDepth={openDepth} />
          ))}
          {entries.length > visibleChildren && (
            <button
              type="button"
              onClick={() => {
                setVisibleChildren(visibleChildren + childPageSize);
              }}
              className="ml-[18px] rounded px-1 font-sans text-[11.5px] text-accent-fg hover:bg-hover"
            >
              Show {Math.min(childPageSize, entries.length - visibleChildren)} more of{" "}
              {entries.length - visibleChildren}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
