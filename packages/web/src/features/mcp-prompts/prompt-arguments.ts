import type { McpPrompt } from "@covalt/contracts";

export type PromptArgument = NonNullable<McpPrompt["arguments"]>[number];

/** The prompt's arguments; none means choosing it fills the composer at once. */
export function promptArguments(prompt: McpPrompt): PromptArgument[] {
  return prompt.arguments ?? [];
}

export function initialArgumentValues(prompt: McpPrompt): Record<string, string> {
  return Object.fromEntries(promptArguments(prompt).map((argument) => [argument.name, ""]));
}

export type PromptArgumentsCheck =
  { ok: true; arguments: Record<string, string> } | { ok: false; errors: Record<string, string> };

/**
 * Checks the form: every required argument needs a value that is not only spaces. Values go as
 * typed; optional ones left empty are left out, so the server applies its own default.
 */
export function checkPromptArguments(
  prompt: McpPrompt,
  values: Readonly<Record<string, string>>,
): PromptArgumentsCheck {
  const errors: Record<string, string> = {};
  const filled: Record<string, string> = {};
  for (const argument of promptArguments(prompt)) {
    const value = values[argument.name] ?? "";
    if (value.trim() === "") {
      if (argument.required === true) errors[argument.name] = `${argument.name} is required.`;
      continue;
    }
    filled[argument.name] = value;
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, arguments: filled };
}
