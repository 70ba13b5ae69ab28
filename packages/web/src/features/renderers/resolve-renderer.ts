import { type BuiltinRendererId, type RenderPlan, type RendererConfig, rendererConfigs } from "@covalt/contracts";

/** A plan whose config fits its renderer's schema, typed per renderer id. */
export type ResolvedPlan = {
  [Id in BuiltinRendererId]: { renderer: Id; title: string | undefined; config: RendererConfig<Id> };
}[BuiltinRendererId];

/** Why a plan fell back to the default card; shown as a hint so toolset authors can fix their plan. */
export interface DefaultPlan {
  renderer: "default";
  title: string | undefined;
  reason: string | undefined;
}

export function isBuiltinRendererId(id: string): id is BuiltinRendererId {
  return Object.hasOwn(rendererConfigs, id);
}

/**
 * Picks the renderer for a plan and validates its config. Anything that does not fit (no plan, an
 * unknown renderer id, a config of the wrong shape) resolves to the default card, so a broken
 * toolset shows its raw result instead of breaking the transcript.
 */
export function resolveRenderer(plan: RenderPlan | undefined): ResolvedPlan | DefaultPlan {
  if (plan === undefined) return { renderer: "default", title: undefined, reason: undefined };
  const title = plan.title;
  if (!isBuiltinRendererId(plan.renderer)) {
    return { renderer: "default", title, reason: `There is no renderer called "${plan.renderer}".` };
  }
  const parsed = rendererConfigs[plan.renderer].safeParse(plan.config ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at "${issue.path.join(".")}"` : "";
    return {
      renderer: "default",
      title,
      reason: `The ${plan.renderer} renderer could not read its configuration${where}.`,
    };
  }
  // The schema for `plan.renderer` accepted the config, so the pair is consistent.
  return { renderer: plan.renderer, title, config: parsed.data } as ResolvedPlan;
}
