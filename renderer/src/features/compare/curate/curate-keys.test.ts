import { describe, expect, it } from 'vitest';
import { compareCommand } from '../compare-keys.ts';
import { curateCommand } from './curate-keys.ts';

const press = (code: string, extra: Partial<KeyboardEvent> = {}) =>
  curateCommand({ code, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...extra });

describe('curateCommand', () => {
  it('takes coder N with digit N, from the row or the keypad', () => {
    expect(press('Digit1')).toEqual({ kind: 'take', coder: 0 });
    expect(press('Digit9')).toEqual({ kind: 'take', coder: 8 });
    expect(press('Numpad3')).toEqual({ kind: 'take', coder: 2 });
    expect(press('Digit0')).toBeNull();
  });

  it('reads letters by their place, so a Russian layout works (у, т, ч, ю, б)', () => {
    expect(press('KeyE')).toEqual({ kind: 'edit' });
    expect(press('KeyN')).toEqual({ kind: 'new' });
    expect(press('KeyX')).toEqual({ kind: 'reject' });
    expect(press('Period')).toEqual({ kind: 'step', direction: 1 });
    expect(press('Comma')).toEqual({ kind: 'step', direction: -1 });
  });

  it('leaves modified keys to the app (Ctrl+Z undoes a decision) and Shift to the help (?)', () => {
    expect(press('KeyX', { ctrlKey: true })).toBeNull();
    expect(press('Digit1', { metaKey: true })).toBeNull();
    expect(press('Digit1', { shiftKey: true })).toBeNull();
    expect(press('KeyZ')).toBeNull();
  });

  it('does not take the keys of the Compare view (] [ Escape ?)', () => {
    for (const [key, code] of [
      [']', 'BracketRight'],
      ['[', 'BracketLeft'],
      ['Escape', 'Escape'],
    ] as const) {
      expect(press(code)).toBeNull();
      expect(compareCommand({ key, code, ctrlKey: false, metaKey: false, altKey: false })).not.toBeNull();
    }
  });
});
