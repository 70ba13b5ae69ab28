import type { BuiltinRendererId, RendererConfig } from "@covalt/contracts";

/** `preview` is the approval card's view of what a call would do, `result` what it did. */
export type RenderMode = "result" | "preview";

export interface RendererProps<Id extends BuiltinRendererId> {
  config: RendererConfig<Id>;
  title: string | undefined;
  mode: RenderMode;
}
