import { LanguageDescription } from "@codemirror/language";

/** The last segment of a path, whatever separator the tool used. */
export function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/**
 * Finds the grammar for a code result: the declared language first (by name or alias, then as
 * a file extension so "py" or "rs" work too), else the file name of `path`. Null means plain text.
 */
export function findLanguage(
  languages: readonly LanguageDescription[],
  { language, path }: { language?: string | undefined; path?: string | undefined },
): LanguageDescription | null {
  const declared = language?.trim().toLowerCase();
  if (declared) {
    const match =
      LanguageDescription.matchLanguageName(languages, declared, false) ??
      LanguageDescription.matchFilename(languages, `file.${declared}`);
    if (match) return match;
  }
  if (path) return LanguageDescription.matchFilename(languages, fileName(path));
  return null;
}
