/**
 * The one lexical check every workspace path goes through, in the server, in toolset processes
 * and in the browser (so it uses no `node:*`). It never touches the disk: symlinks are the job of
 * whoever resolves the result against a real folder.
 *
 * Decisions, so callers need not guess:
 * - `\` is a separator like `/` (a Windows path must not slip through as one odd file name), and
 *   then `..` is refused wherever it appears; a path is never silently rewritten to stay inside.
 * - Percent-encoding is NOT decoded: `%2e%2e` is a literal, harmless file name. Decoding belongs
 *   to the URL layer, and decoding twice is how traversal bugs happen.
 * - Unicode is NFC-normalized, so the same name typed on macOS and Linux gives one path. Look-alikes
 *   of `.` and `/` (fullwidth `．`, `∕`, `․`, …) are refused when their compatibility form (NFKC)
 *   is `.`, `..` or contains a separator, because some tools fold them and would read `..`.
 * - `:` is refused (drive letters and NTFS streams), as are control characters and names made only
 *   of dots and spaces (Windows trims trailing dots and spaces, turning `.. ` into `..`).
 * - The workspace root itself is `"."`.
 */

export type WorkspacePathResult = { ok: true; path: string } | { ok: false; reason: string };

/** Most file systems cap one name at 255 bytes; whole paths are kept well under common limits. */
export const maxSegmentBytes = 255;
export const maxPathBytes = 4096;

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const controlCharacter = /[\u0000-\u001f\u007f-\u009f]/;
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const onlyDotsAndSpaces = /^[. ]+$/;

export function normalizeWorkspacePath(input: string): WorkspacePathResult {
  if (input.length === 0) return refuse("The path is empty; use `.` for the workspace folder itself.");
  const control = controlCharacter.exec(input);
  if (control !== null) {
    const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
    return refuse(`The path ${quote(input)} contains a control character (U+${code}); file names cannot hold one.`);
  }
  if (loneSurrogate.test(input)) return refuse("The path contains broken Unicode (a lone surrogate).");

  const text = input.normalize("NFC");
  if (utf8Length(text) > maxPathBytes) return refuse(`The path is longer than ${maxPathBytes} bytes.`);
  if (text.startsWith("/") || text.startsWith("\\")) {
    return refuse(`Paths are relative to the workspace; ${quote(input)} is absolute. Drop the leading separator.`);
  }
  if (/^[a-zA-Z]:/.test(text)) {
    return refuse(`Paths are relative to the workspace; ${quote(input)} starts with a drive letter.`);
  }

  const segments: string[] = [];
  for (const segment of text.split(/[/\\]/)) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") return refuse(`Paths must stay inside the workspace; ${quote(input)} leaves it.`);
    const problem = segmentProblem(segment);
    if (problem !== undefined) return refuse(`The path ${quote(input)} is not allowed: ${problem}`);
    segments.push(segment);
  }
  return { ok: true, path: segments.length === 0 ? "." : segments.join("/") };
}

function segmentProblem(segment: string): string | undefined {
  if (segment.includes(":")) return "`:` is not allowed in file names (drive letters and NTFS streams).";
  if (onlyDotsAndSpaces.test(segment))
    return `the name ${quote(segment)} is only dots and spaces, which Windows reads as \`..\`.`;
  const folded = segment.normalize("NFKC");
  if (folded === "." || folded === ".." || /[/\\]/.test(folded) || onlyDotsAndSpaces.test(folded)) {
    return `the name ${quote(segment)} uses look-alike characters for \`.\` or \`/\`.`;
  }
  if (utf8Length(segment) > maxSegmentBytes)
    return `the name ${quote(truncate(segment))} is longer than ${maxSegmentBytes} bytes.`;
  return undefined;
}

/**
 * A key under which two paths collide on a case-insensitive file system (macOS, Windows): full
 * case folding is approximated by upper- then lower-casing (`ß` → `SS` → `ss`, Kelvin `K` → `k`),
 * and canonical composition is compared, as APFS ignores normalization differences.
 */
export function caseFoldKey(path: string): string {
  return path.normalize("NFD").toUpperCase().toLowerCase().normalize("NFC");
}

function refuse(reason: string): WorkspacePathResult {
  return { ok: false, reason };
}

function quote(text: string): string {
  return `\`${truncate(text)}\``;
}

function truncate(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** UTF-8 byte length without TextEncoder, which core's neutral `lib` setting does not declare. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (const character of text) {
    const codePoint = character.codePointAt(0) ?? 0;
    bytes += codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
  }
  return bytes;
}
