export function KeyCaps({ keys }: { keys: readonly string[] }) {
  return (
    <span className="inline-flex items-center gap-1">
      {keys.map((key) => (
        <kbd
          key={key}
          className="inline-flex h-5 min-w-5 items-center justify-center rounded-md border border-line bg-canvas px-1.5 font-sans text-[11px] font-medium text-fg-muted shadow-card"
        >
          {key}
        </kbd>
      ))}
    </span>
  );
}
