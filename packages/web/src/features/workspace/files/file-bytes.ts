import { bytesToBase64 } from "../../tools/bytes-to-base64.js";

export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

// `ignoreBOM` keeps a leading byte-order mark in the text, so writing it back restores it.
const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const utf8 = new TextEncoder();

/**
 * The text of some bytes when they are UTF-8 that survives the trip back unchanged, else null.
 * NUL bytes mark binary formats that happen to decode (some UTF-16 files, sparse data files).
 */
export function bytesAsText(bytes: Uint8Array): string | null {
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    return null;
  }
  if (text.includes("\u0000")) return null;
  const again = utf8.encode(text);
  if (again.length !== bytes.length || again.some((byte, index) => byte !== bytes[index])) return null;
  return text;
}

export interface EncodedContent {
  encoding: "utf8" | "base64";
  content: string;
}

/** How an uploaded file travels: as text when it is exactly UTF-8, as base64 otherwise. */
export function encodeBytes(bytes: Uint8Array): EncodedContent {
  const text = bytesAsText(bytes);
  return text === null ? { encoding: "base64", content: bytesToBase64(bytes) } : { encoding: "utf8", content: text };
}

/** The exact bytes of a file's content as the server sent it. */
export function contentBytes(content: EncodedContent): Uint8Array {
  return content.encoding === "base64" ? base64ToBytes(content.content) : utf8.encode(content.content);
}

/**
 * The line break CodeMirror should use for a text. The editor splits on every kind of break and
 * joins with one, which would rewrite a Windows file's CRLFs; a file that uses CRLF throughout
 * keeps them, and any other text splits on LF only, so stray CRs stay in the line, byte for byte.
 */
export function lineSeparatorFor(text: string): "\n" | "\r\n" {
  const crlf = text.match(/\r\n/g)?.length ?? 0;
  if (crlf === 0) return "\n";
  const lf = text.match(/\n/g)?.length ?? 0;
  const cr = text.match(/\r/g)?.length ?? 0;
  return crlf === lf && crlf === cr ? "\r\n" : "\n";
}

/** Uploads above this are refused before reading them; the API refuses them too. */
export const maximumUploadBytes = 10 * 1024 * 1024;
