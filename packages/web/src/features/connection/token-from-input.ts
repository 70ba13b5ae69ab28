/**
 * Accepts either the bare token or the whole launch URL, since copying the URL from the
 * terminal is what people naturally do.
 */
export function tokenFromInput(input: string): string {
  const trimmed = input.trim();
  if (!trimmed.includes("token=")) return trimmed;
  try {
    const url = new URL(trimmed, window.location.origin);
    return url.searchParams.get("token")?.trim() ?? trimmed;
  } catch {
    return trimmed;
  }
}
