import { describe, expect, it } from 'vitest';
import { coderLabel } from './coder-label.ts';

describe('coderLabel', () => {
  const project = {
    coder: { id: 'me', name: 'Айгерим' },
    coders: [
      { id: 'me', name: 'Айгерим' },
      { id: 'colleague', name: 'Daniyar' },
    ],
  };

  it('names this session’s coder as you, colleagues by name, and unknown coders by id', () => {
    expect(coderLabel('me', project)).toBe('Айгерим (you)');
    expect(coderLabel('colleague', project)).toBe('Daniyar');
    expect(coderLabel('stranger-42', project)).toBe('stranger-42');
    expect(coderLabel('me', null)).toBe('me');
  });
});
