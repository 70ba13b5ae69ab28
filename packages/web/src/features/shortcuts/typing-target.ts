/**
 * Whether a key press belongs to text entry, where single keys (`?`, `/`) and word-wise
 * Alt+arrows mean what they always mean and app shortcuts must stay out of the way.
 */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (!(target instanceof HTMLInputElement)) return false;
  return !["button", "checkbox", "radio", "range", "color", "file", "submit", "reset"].includes(target.type);
}
