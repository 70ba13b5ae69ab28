/** Words that mark an environment variable or header as holding a credential. */
const secretWords = new Set([
  "KEY",
  "APIKEY",
  "TOKEN",
  "SECRET",
  "PASSWORD",
  "PASSWD",
  "PASS",
  "CREDENTIAL",
  "CREDENTIALS",
  "AUTH",
  "AUTHORIZATION",
  "BEARER",
  "COOKIE",
  "SESSION",
  "PRIVATE",
  "PAT",
]);

/** Glued forms such as `APIKEY` or `AUTHTOKEN`. */
const secretEndings = ["TOKEN", "SECRET", "PASSWORD", "APIKEY"];

/**
 * Whether a variable name looks like it holds a secret (`GITHUB_TOKEN`, `OPENAI_API_KEY`,
 * `apiKey`, `X-Auth-Token`). Imports use it to keep such values in the vault, not in plain
 * settings. Whole words are compared, so `KEYBOARD_LAYOUT` or `PATH` stay plain.
 */
export function looksSecret(name: string): boolean {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .filter((word) => word !== "");
  return words.some(
    (word) =>
      secretWords.has(word) || secretEndings.some((ending) => word.length > ending.length && word.endsWith(ending)),
  );
}
