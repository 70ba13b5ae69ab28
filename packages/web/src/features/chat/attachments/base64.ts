/**
 * Base64 of binary data without one giant string of char codes: each chunk (a multiple of three
 * bytes, so chunk encodings join without padding in between) goes through `btoa` on its own.
 */
export function base64FromBytes(data: ArrayBuffer | Uint8Array, chunkBytes = 3 * 8192): string {
  if (chunkBytes <= 0 || chunkBytes % 3 !== 0) throw new Error("The chunk size must be a positive multiple of 3.");
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += chunkBytes) {
    const chunk = bytes.subarray(start, start + chunkBytes);
    let binary = "";
    for (let index = 0; index < chunk.length; index += 4096) {
      binary += String.fromCharCode(...chunk.subarray(index, index + 4096));
    }
    parts.push(btoa(binary));
  }
  return parts.join("");
}
