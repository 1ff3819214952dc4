/** What a key does in the Compare view's curation mode. */
export type CurateCommand =
  | { kind: 'take'; coder: number }
  | { kind: 'edit' }
  | { kind: 'new' }
  | { kind: 'reject' }
  | { kind: 'step'; direction: 1 | -1 };

/**
 * The curation keys, read by their place on the keyboard (event.code) so
 * they work on a Russian layout too: digits 1–9 take coder N's version
 * (0-based `coder`), E takes and edits, N makes a new one, X rejects all,
 * the keys of . and , (ю and б on a Russian keyboard) go to the next and
 * previous undecided unit — beside ] and [, which still step through the
 * disagreements. Modified keys stay the app's (Ctrl + Z undoes a decision).
 */
export function curateCommand(
  event: Pick<KeyboardEvent, 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>,
): CurateCommand | null {
  if (event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return null;
  const digit = /^(?:Digit|Numpad)([1-9])$/.exec(event.code);
  if (digit) return { kind: 'take', coder: Number(digit[1]) - 1 };
  switch (event.code) {
    case 'KeyE':
      return { kind: 'edit' };
    case 'KeyN':
      return { kind: 'new' };
    case 'KeyX':
      return { kind: 'reject' };
    case 'Period':
      return { kind: 'step', direction: 1 };
    case 'Comma':
      return { kind: 'step', direction: -1 };
    default:
      return null;
  }
}

/** The keys as the help lists them (the Latin key caps; the same places on any layout). */
export const curateKeyCaps = { take: '1–9', edit: 'E', new: 'N', reject: 'X', next: '.', previous: ',' } as const;
