import { describe, expect, it } from 'vitest';
import { reservedKeys } from '../../../../shared/codebook/shortcuts.ts';
import { compareCommand } from './compare-keys.ts';

const press = (key: string, code: string, extra: Partial<KeyboardEvent> = {}) =>
  compareCommand({ key, code, ctrlKey: false, metaKey: false, altKey: false, ...extra });

describe('compareCommand', () => {
  it('steps with ] and [ on any layout', () => {
    expect(press(']', 'BracketRight')).toBe('next');
    expect(press('[', 'BracketLeft')).toBe('previous');
    expect(press('ъ', 'BracketRight')).toBe('next');
    expect(press('х', 'BracketLeft')).toBe('previous');
  });

  it('leaves modified keys to the app (undo, redo) and ignores the rest', () => {
    expect(press(']', 'BracketRight', { ctrlKey: true })).toBeNull();
    expect(press('n', 'KeyN')).toBeNull();
    expect(press('Escape', 'Escape')).toBe('clear');
    expect(press('?', 'Slash')).toBe('help');
  });

  it('uses no key the Reader reserves', () => {
    for (const key of Object.keys(reservedKeys).filter((k) => k !== '?')) expect(key).not.toMatch(/[[\]]/);
  });
});
