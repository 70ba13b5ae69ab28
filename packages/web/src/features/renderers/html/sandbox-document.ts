/**
 * What the sandboxed document may do: run its own inline scripts and styles and show inline
 * images and fonts, but load nothing and send nothing anywhere, so tool output cannot exfiltrate
 * the data it was handed.
 */
export const sandboxContentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'unsafe-inline'",
  "style-src 'unsafe-inline'",
  "img-src data:",
  "font-src data:",
  "connect-src 'none'",
  "form-action 'none'",
  "base-uri 'none'",
].join("; ");

/**
 * JSON that is safe inside an inline <script>: `<`, `>` and `&` become escapes so neither
 * `</script>` nor `<!--` can end or alter the script element. U+2028/2029 are escaped too, for
 * engines that still treat them as line breaks.
 */
export function scriptSafeJson(value: unknown): string {
  const json = JSON.stringify(value) as string | undefined;
  return (json ?? "null")
    .replaceAll("<", "\\u003c")
    .replaceAll(">", "\\u003e")
    .replaceAll("&", "\\u0026")
    .replaceAll("\u2028", "\\u2028")
    .replaceAll("\u2029", "\\u2029");
}

const leadingDoctype = /^\uFEFF?\s*<!doctype[^>]*>/i;

/**
 * The `srcdoc` for an html result: the CSP <meta> (and the data script) come before anything of
 * the tool's document except its doctype. Putting them first, rather than looking for the
 * document's <head>, means no markup of the tool (a `<head>` inside a comment, a missing head)
 * can push the policy out of the head; the parser still builds one head around them and merges
 * the document's own <html>/<head> into it.
 */
export function buildSandboxDocument(content: string, data?: unknown): string {
  const doctype = leadingDoctype.exec(content)?.[0].trim() ?? "<!doctype html>";
  const body = content.replace(leadingDoctype, "");
  const policy = `<meta http-equiv="Content-Security-Policy" content="${sandboxContentSecurityPolicy}">`;
  const dataScript = data === undefined ? "" : `<script>window.__TOOL_DATA__ = ${scriptSafeJson(data)};</script>`;
  return `${doctype}${policy}${dataScript}${body}`;
}
