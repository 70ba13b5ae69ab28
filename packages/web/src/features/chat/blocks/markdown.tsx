import { type ComponentProps, lazy, memo, Suspense } from "react";
import type { Streamdown as StreamdownComponent } from "streamdown";
import { externalLinkAttributes, safeLinkHref } from "./link-policy.js";

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

/**
 * Every anchor in model or tool markdown, from markdown syntax, autolinks or raw HTML alike: an
 * http(s) or mailto address opens in a new tab without opener or referrer; anything else
 * (`javascript:`, `data:`, `vbscript:`, `file:`, relative paths, unparsable text) stays plain text.
 * Only the href, title and children are used, so no attribute of the source (`target`, `ping`,
 * `download`, handlers) reaches the DOM. This replaces Streamdown's own link, whose confirmation
 * modal opens any scheme it was given.
 */
function SafeLink({ href, title, children }: ComponentProps<"a">) {
  const safe = safeLinkHref(href);
  if (safe === null) {
    return (
      <span data-testid="blocked-link" title={title} className="wrap-anywhere">
        {children}
      </span>
    );
  }
  return (
    <a
      href={safe}
      title={title}
      {...externalLinkAttributes}
      data-streamdown="link"
      className="wrap-anywhere font-medium text-primary underline"
    >
      {children}
    </a>
  );
}

const components = { a: SafeLink };

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
        components={components}
        linkSafety={{ enabled: false }}
        controls={{ code: { copy: true, download: false }, table: { copy: true, download: false }, mermaid: false }}
      >
        {text}
      </Streamdown>
    </Suspense>
  );
});
