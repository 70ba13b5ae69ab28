import type { BuiltinRendererId } from "@covalt/contracts";
import { type ComponentType, lazy } from "react";
import type { RendererProps } from "./renderer-props.js";

export interface RendererEntry<Id extends BuiltinRendererId> {
  /** Shows a tool's result. */
  Result: ComponentType<RendererProps<Id>>;
  /** Shows an approval preview; the result view is used when absent. */
  Preview?: ComponentType<RendererProps<Id>>;
}

export type RendererRegistry = { [Id in BuiltinRendererId]: RendererEntry<Id> };

/**
 * Every renderer is its own chunk: CodeMirror, the language data and jsdiff are most of their
 * weight and load only when a result needs them, never before the app's first paint.
 */
function lazyRenderer<Id extends BuiltinRendererId>(
  load: () => Promise<ComponentType<RendererProps<Id>>>,
): ComponentType<RendererProps<Id>> {
  return lazy(async () => ({ default: await load() }));
}

export const rendererRegistry: RendererRegistry = {
  markdown: { Result: lazyRenderer(async () => (await import("./markdown/markdown-renderer.js")).MarkdownRenderer) },
  code: { Result: lazyRenderer(async () => (await import("./code/code-renderer.js")).CodeRenderer) },
  diff: { Result: lazyRenderer(async () => (await import("./diff/diff-renderer.js")).DiffRenderer) },
  json: { Result: lazyRenderer(async () => (await import("./json/json-renderer.js")).JsonRenderer) },
  table: { Result: lazyRenderer(async () => (await import("./table/table-renderer.js")).TableRenderer) },
  image: { Result: lazyRenderer(async () => (await import("./image/image-renderer.js")).ImageRenderer) },
  terminal: { Result: lazyRenderer(async () => (await import("./terminal/terminal-renderer.js")).TerminalRenderer) },
  html: { Result: lazyRenderer(async () => (await import("./html/html-renderer.js")).HtmlRenderer) },
  frame: { Result: lazyRenderer(async () => (await import("./frame/frame-renderer.js")).FrameRenderer) },
};
