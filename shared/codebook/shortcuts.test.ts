import { describe, expect, it } from 'vitest';
import { inEnglish } from '../i18n/in-english.ts';
import { defaultCodebook } from '../model/codebook.ts';
import { isReservedKey, reservedKeys, shortcutProblem as shortcutProblemCode } from './shortcuts.ts';

/** shortcutProblem's reason in English (the tests compare the wording), or null. */
function shortcutProblem(...args: Parameters<typeof shortcutProblemCode>): string | null {
  const problem = shortcutProblemCode(...args);
  return problem && inEnglish(problem);
}

const { tags } = defaultCodebook();

describe('reservedKeys', () => {
  it('lists the Reader command keys', () => {
    expect(Object.keys(reservedKeys)).toEqual(['n', 'p', 's', 'r', 't', 'a', 'c', 'm', 'g', 'l', '?']);
    expect(Object.isFrozen(reservedKeys)).toBe(true);
  });
  it('knows only its own keys', () => {
    expect(isReservedKey('s')).toBe(true);
    expect(isReservedKey('?')).toBe(true);
    expect(isReservedKey('b')).toBe(false);
    expect(isReservedKey('constructor')).toBe(false);
    expect(isReservedKey('toString')).toBe(false);
  });
});

describe('shortcutProblem', () => {
  it('explains a reserved key', () => {
    expect(shortcutProblem(tags, 'threat-terrorism', 's')).toBe('“s” is the key for setting the speaker.');
    expect(shortcutProblem(tags, 'threat-terrorism', 'n')).toBe('“n” is the key for going to the next annotation.');
    expect(shortcutProblem(tags, null, 'g')).toBe('“g” is the key for picking any tag by name.');
    expect(shortcutProblem(tags, null, '?')).toBe('“?” is the key for showing help.');
    expect(shortcutProblem(tags, null, 'l')).toBe('“l” is the key for linking the selected annotation to another.');
  });
  it('names the tag that already has the key', () => {
    expect(shortcutProblem(tags, 'threat-terrorism', '2')).toBe('“2” is already the shortcut of Proposal.');
    expect(shortcutProblem(tags, null, '6')).toBe('“6” is already the shortcut of Proposal › Cooperation.');
  });
  it('accepts a free key, the tag’s own key and no key', () => {
    expect(shortcutProblem(tags, 'threat-terrorism', 'x')).toBeNull();
    expect(shortcutProblem(tags, 'threat-terrorism', '9')).toBeNull();
    expect(shortcutProblem(tags, 'proposal', '2')).toBeNull();
    expect(shortcutProblem(tags, 'proposal', null)).toBeNull();
  });
  it('refuses anything but one lowercase letter or digit', () => {
    const message = (key: string) => `A shortcut is one lowercase letter (a–z) or digit (0–9), not “${key}”.`;
    expect(shortcutProblem(tags, null, 'X')).toBe(message('X'));
    expect(shortcutProblem(tags, null, 'xy')).toBe(message('xy'));
    expect(shortcutProblem(tags, null, 'ж')).toBe(message('ж'));
    expect(shortcutProblem(tags, null, '')).toBe(message(''));
  });
});
