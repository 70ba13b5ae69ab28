/** MCP servers are reached over http(s) only; anything else (ftp:, file:, a bare host) is refused. */
export function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}
