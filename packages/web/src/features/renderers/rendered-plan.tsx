import type { BuiltinRendererId, RenderPlan } from "@covalt/contracts";
import { type ComponentType, Suspense, useMemo } from "react";
import { DefaultRenderer } from "./default/default-renderer.js";
import { RendererErrorBoundary } from "./renderer-error-boundary.js";
import type { RendererProps, RenderMode } from "./renderer-props.js";
import { rendererRegistry } from "./renderer-registry.js";
import { type ResolvedPlan, resolveRenderer } from "./resolve-renderer.js";

interface RenderedPlanProps {
  plan: RenderPlan | undefined;
  /** What the default card shows when the plan is missing or unusable: the raw output. */
  fallbackValue: unknown;
  mode?: RenderMode;
  /** The default card shows the value in the danger style (error results). */
  danger?: boolean;
}

function RendererLoading() {
  return (
    <div
      aria-busy="true"
      aria-label="Loading the result view"
      className="h-20 animate-pulse rounded-lg border border-line bg-code"
    />
  );
}

function PlanView({ resolved, mode }: { resolved: ResolvedPlan; mode: RenderMode }) {
  const entry = rendererRegistry[resolved.renderer];
  // Each entry takes its own config type; `resolved` pairs the id with a config that fits it.
  const View = (mode === "preview" ? (entry.Preview ?? entry.Result) : entry.Result) as ComponentType<
    RendererProps<BuiltinRendererId>
  >;
  return <View config={resolved.config} title={resolved.title} mode={mode} />;
}

/** A render plan through the registry, or the default card when the plan does not fit. */
export function RenderedPlan({ plan, fallbackValue, mode = "result", danger = false }: RenderedPlanProps) {
  const resolved = useMemo(() => resolveRenderer(plan), [plan]);
  const fallback = (
    <DefaultRenderer
      value={fallbackValue}
      title={resolved.title}
      reason={resolved.renderer === "default" ? resolved.reason : undefined}
      danger={danger}
    />
  );
  if (resolved.renderer === "default") return fallback;
  return (
    <RendererErrorBoundary fallback={fallback}>
      <Suspense fallback={<RendererLoading />}>
        <PlanView resolved={resolved} mode={mode} />
      </Suspense>
    </RendererErrorBoundary>
  );
}
