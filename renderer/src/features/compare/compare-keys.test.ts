import { describe, expect, it } from 'vitest';
import { reservedKeys } from '../../../../shared/codebook/shortcuts.ts';
import { compareCommand, typesText } from './compare-keys.ts';

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

describe('typesText', () => {
  it('lets the keys step from a radio button or a checkbox, not from a text field', () => {
    const typing = () => true;
    expect(typesText({ tagName: 'INPUT', type: 'radio' } as never, typing)).toBe(false);
    expect(typesText({ tagName: 'INPUT', type: 'checkbox' } as never, typing)).toBe(false);
    expect(typesText({ tagName: 'INPUT', type: 'number' } as never, typing)).toBe(true);
    expect(typesText(null, () => false)).toBe(false);
  });
});
