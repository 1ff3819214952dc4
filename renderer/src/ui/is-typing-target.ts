/**
 * True when a key event goes to a field the user is typing in, where
 * shortcuts must not fire. The Reader's text is contenteditable only so a
 * caret can move in it; marked `data-caret-only`, it is not a typing target
 * (unless it is being edited, when the mark is gone).
 */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return !target.closest('[data-caret-only]');
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT';
}
