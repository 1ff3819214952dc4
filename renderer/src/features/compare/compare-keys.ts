/** What a key does in the Compare view. */
export type CompareCommand = 'next' | 'previous' | 'clear' | 'help';

/**
 * The Compare view's keys. ] and [ go to the next and previous
 * disagreement: no Reader key (n, p, s, r, t, a, c, m, g, l, ?), no tag
 * shortcut (letters and digits) and no app key (Ctrl + Z, Ctrl + Y) is a
 * bracket. They are read by their place on the keyboard (event.code), so
 * the same keys work on a Russian layout, where they type х and ъ.
 */
export function compareCommand(
  event: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey'>,
): CompareCommand | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (event.code === 'BracketRight') return 'next';
  if (event.code === 'BracketLeft') return 'previous';
  if (event.key === 'Escape') return 'clear';
  if (event.key === '?') return 'help';
  return null;
}

/**
 * Whether a key goes to a field that takes text (where ] and [ are typed):
 * as isTypingTarget, but a radio button or a checkbox (the layout switch,
 * the coder list) takes no text, so the keys still step after a click there.
 */
export function typesText(
  target: EventTarget | null,
  isTypingTarget: (target: EventTarget | null) => boolean,
): boolean {
  const type = (target as { type?: unknown } | null)?.type;
  if ((target as { tagName?: unknown } | null)?.tagName === 'INPUT' && (type === 'radio' || type === 'checkbox'))
    return false;
  return isTypingTarget(target);
}
