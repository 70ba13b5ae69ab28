import type { ToolDescriptor } from "@covalt/contracts";
import Ajv, { type ErrorObject, type ValidateFunction } from "ajv";

/**
 * Checks tool arguments against the tool's JSON Schema with Ajv, compiling each schema once.
 * Messages name the argument and what is wrong, so the model (or the user editing arguments)
 * can fix the call.
 */
export class ArgumentValidator {
  readonly #ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
  readonly #compiled = new WeakMap<object, ValidateFunction | string>();

  /** A readable problem, or undefined when the arguments fit. */
  validate(tool: ToolDescriptor, input: unknown): string | undefined {
    const check = this.compile(tool.inputSchema);
    if (typeof check === "string") return check;
    if (check(input)) return undefined;
    return (check.errors ?? []).slice(0, 5).map(describe).join("; ");
  }

  private compile(schema: Record<string, unknown>): ValidateFunction | string {
    const cached = this.#compiled.get(schema);
    if (cached !== undefined) return cached;
    let compiled: ValidateFunction | string;
    try {
      compiled = this.#ajv.compile(schema);
    } catch (error) {
      compiled = `the tool's argument schema is broken (${error instanceof Error ? error.message : "unreadable"})`;
    }
    this.#compiled.set(schema, compiled);
    return compiled;
  }
}

function describe(error: ErrorObject): string {
  const where = error.instancePath === "" ? "the arguments" : `\`${error.instancePath.slice(1).replaceAll("/", ".")}\``;
  if (error.keyword === "required") {
    return `missing required argument \`${(error.params as { missingProperty: string }).missingProperty}\``;
  }
  if (error.keyword === "additionalProperties") {
    return `unknown argument \`${(error.params as { additionalProperty: string }).additionalProperty}\``;
  }
  return `${where} ${error.message ?? "is invalid"}`;
}
