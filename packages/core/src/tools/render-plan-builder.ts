import type { RenderPlan, RendererSpec } from "@covalt/contracts";

/** Values a renderer spec may reference: `$args.…`, `$return.…`, `$preview.…`. */
export interface RenderValues {
  args: unknown;
  return?: unknown;
  preview?: unknown;
}

const wholeReference = /^\$(args|return|preview)((?:\.[A-Za-z0-9_-]+)*)$/;
const embeddedReference = /\$(args|return|preview)((?:\.[A-Za-z0-9_-]+)*)/g;

function lookup(values: RenderValues, root: string, path: string): { found: boolean; value: unknown } {
  let current: unknown = root === "args" ? values.args : root === "return" ? values.return : values.preview;
  if (current === undefined) return { found: false, value: undefined };
  for (const key of path.split(".").slice(1)) {
    if (typeof current !== "object" || current === null || !(key in current)) return { found: false, value: undefined };
    current = (current as Record<string, unknown>)[key];
  }
  return { found: true, value: current };
}

function asText(value: unknown): string {
  if (typeof value === "string") return value;
  if (value === undefined) return "";
  return JSON.stringify(value);
}

function interpolate(template: unknown, values: RenderValues): unknown {
  if (typeof template === "string") {
    const whole = wholeReference.exec(template);
    if (whole !== null) {
      const { found, value } = lookup(values, whole[1] ?? "", whole[2] ?? "");
      // A reference to something absent stays as written, so a wrong spec is visible, not blank.
      return found ? value : template;
    }
    return template.replace(embeddedReference, (match, root: string, path: string) => {
      const { found, value } = lookup(values, root, path);
      return found ? asText(value) : match;
    });
  }
  if (Array.isArray(template)) return template.map((item) => interpolate(item, values));
  if (typeof template === "object" && template !== null) {
    return Object.fromEntries(Object.entries(template).map(([key, item]) => [key, interpolate(item, values)]));
  }
  return template;
}

/**
 * The one render-plan builder: a tool's renderer spec with its `$…` references filled from the
 * call. A string that is exactly one reference takes the raw value (an object stays an object);
 * references inside longer strings are replaced by their text.
 */
export function buildRenderPlan(spec: RendererSpec, values: RenderValues): RenderPlan {
  const config = spec.config === undefined ? undefined : (interpolate(spec.config, values) as Record<string, unknown>);
  const title = spec.title === undefined ? undefined : (interpolate(spec.title, values) as string);
  return {
    renderer: spec.renderer,
    ...(title === undefined ? {} : { title: asText(title) }),
    ...(config === undefined ? {} : { config }),
  };
}
