import { type ComponentProps, lazy, memo, Suspense } from "react";
import type { Streamdown as StreamdownComponent } from "streamdown";

// Streamdown, its markdown toolchain and the Shiki highlighter are most of the bundle. Loading
// starts as soon as this module is imported (at app start), so they are ready long before the
// first answer, while the shell and settings paint without waiting for them.
const streamdownModules = Promise.all([import("streamdown"), import("@streamdown/code")]);
const Streamdown = lazy(() =>
  streamdownModules.then(([{ Streamdown: Component }, { code }]) => ({
    // Shiki highlights code blocks; grammars load on demand, with the JavaScript regex engine (no WASM).
    default: (props: ComponentProps<typeof StreamdownComponent>) => <Component {...props} plugins={{ code }} />,
  })),
);

interface MarkdownProps {
  text: string;
  /** The text is still arriving: Streamdown closes unterminated syntax and shows a caret. */
  streaming: boolean;
}

/**
 * Model output as markdown. Memoized on its two primitive props, so a finished message never
 * re-parses when a token arrives elsewhere; Streamdown memoizes its own blocks inside a
 * streaming message, so only the last paragraph re-renders per token.
 */
export const Markdown = memo(function Markdown({ text, streaming }: MarkdownProps) {
  return (
    <Suspense fallback={<div className="markdown whitespace-pre-wrap">{text}</div>}>
      <Streamdown
        className="markdown"
        isAnimating={streaming}
        caret={streaming ? "block" : undefined}
        lineNumbers={false}
        controls={{ code: { copy: true, download: false }, table: { copy: true, download: false }, mermaid: false }}
      >
        {text}
      </Streamdown>
    </Suspense>
  );
});
