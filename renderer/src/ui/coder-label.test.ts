import { describe, expect, it } from 'vitest';
import { translator } from '../../../shared/i18n/i18n.ts';
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

  it('names the curated layer in the user’s language, even when project.json names it', () => {
    const withCurated = { ...project, coders: [...project.coders, { id: 'curated', name: 'Curated' }] };
    expect(coderLabel('curated', withCurated)).toBe('Curated');
    expect(coderLabel('curated', withCurated, translator('ru'))).toBe('Итоговый слой');
    expect(coderLabel('curated', null)).toBe('Curated');
  });
});
