/** The URL a frame may show: http(s) only, normalised; null for anything else. */
export function frameUrl(value: string): string | null {
  try {
    const url = new URL(value.trim());
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : null;
  } catch {
    return null;
  }
}
