import { describe, expect, it } from 'vitest';
import { translator } from '../../../../../shared/i18n/i18n.ts';
import type { PendingAction } from './curate-store.ts';
import { pendingWords } from './pending-words.ts';

const names: Record<string, string> = { anna: 'Анна Сергеевна Кузнецова-Волконская (вы)', boris: 'Борис' };
const name = (id: string) => names[id] ?? id;
const linkType = (id: string) => (id === 'l1' ? 'поддерживает' : id);
const take: PendingAction = { kind: 'unit', unit: 0, action: { kind: 'take', coderId: 'anna' } };
const reject: PendingAction = { kind: 'unit', unit: 0, action: { kind: 'reject-all' } };
const link: PendingAction = { kind: 'link', linkId: 'l1', action: 'reject' };

describe('pendingWords', () => {
  it('names the coder after the action, not in a possessive (English)', () => {
    const t = translator('en');
    expect(pendingWords({ kind: 'unit', unit: 0, action: { kind: 'take', coderId: 'boris' } }, name, linkType, t)).toBe(
      'take the version — Борис',
    );
    expect(t('compareCurate:pending', { action: pendingWords(reject, name, linkType, t) })).toBe(
      'To decide: reject all versions',
    );
  });

  it('reads naturally in Russian with an undeclined name', () => {
    const t = translator('ru');
    expect(pendingWords(take, name, linkType, t)).toBe('взять версию — Анна Сергеевна Кузнецова-Волконская (вы)');
    expect(pendingWords(reject, name, linkType, t)).toBe('отклонить все версии');
    expect(pendingWords(link, name, linkType, t)).toBe('отклонить связь «поддерживает»');
    expect(t('compareCurate:take', { coder: 'Анна (вы)' })).toBe('Взять эту версию — Анна (вы)');
  });
});
