import { describe, expect, it } from 'vitest';
import { readSeed, seedsMissing } from '../testing/read-seed.ts';
import { detectBoilerplate, removeSpans } from './detect-boilerplate.ts';

if (seedsMissing) console.log(`detect-boilerplate: seed tests skipped: ${seedsMissing}.`);
const seed = (prefix: string) => readSeed(prefix);

/** The proposed text, and what remains. */
function split(text: string) {
  const spans = detectBoilerplate(text);
  return { spans, removed: spans.map((s) => text.slice(s.start, s.end)), kept: removeSpans(text, spans) };
}

describe('detectBoilerplate on written examples', () => {
  it('proposes tickers, hashtags, credits, share lines and a final source label, and keeps the article', () => {
    const text = [
      '×',
      '494.87',
      '520.65',
      '#безопасность #ШОС #терроризм',
      'Министры обсудили угрозы 2024 года.',
      'Фото: пресс-служба',
      'По словам министра, число угроз выросло на 30%.',
      'Поделиться в Telegram',
      'Источник',
    ].join('\n');
    const { spans, kept } = split(text);
    expect(spans.map((s) => s.kind)).toEqual(['ticker', 'hashtags', 'credit', 'share', 'source-label']);
    expect(kept).toBe('Министры обсудили угрозы 2024 года.\nПо словам министра, число угроз выросло на 30%.\n');
  });

  it('takes a “Читайте также” list of headlines to its end, and nothing before it', () => {
    const text = 'Текст статьи о сотрудничестве.\n\nЧитайте также:\n- Заголовок один\n- Заголовок два\n';
    const { kept, spans } = split(text);
    expect(spans).toHaveLength(1);
    expect(kept).toBe('Текст статьи о сотрудничестве.\n\n');
  });

  it('never proposes an ordinary sentence, even one that starts like a label', () => {
    const text =
      'Источник в правительстве сообщил, что меры будут приняты.\nФотографии с места событий публикуются в сети регулярно, и эксперты их изучают внимательно, отмечая многие детали происходящего там каждый день.';
    expect(detectBoilerplate(text)).toEqual([]);
  });
});

describe.skipIf(seedsMissing !== null)('detectBoilerplate on the seed articles', () => {
  it('seed 002: the ticker, the close symbol and the hashtag row are proposed, the article is not', () => {
    const text = seed('002');
    const { removed, kept, spans } = split(text);
    expect(removed.join('')).toContain('494.87');
    expect(removed.join('')).toContain('#правительство');
    expect(spans.some((s) => s.kind === 'credit')).toBe(true);
    expect(kept).not.toContain('494.87');
    expect(kept).toContain('Порядка 80 тысяч казахстанцев являются участниками запрещенных сообществ');
    expect(kept).toContain('Вербовщики');
  });

  it('seed 004: the “Читайте также / Лента новостей” headlines are proposed, the article is not', () => {
    const text = seed('004');
    const { kept, removed } = split(text);
    expect(removed.join('')).toContain('Читайте также');
    expect(removed.join('')).toContain('Лента новостей');
    expect(removed.join('')).toContain('Бублик');
    expect(kept).not.toContain('Бублик');
    expect(kept).toContain('Шанхайской организации сотрудничества');
  });

  it('seed 000: the stray “Источник” at the end is proposed, the numbered list is not', () => {
    const text = seed('000');
    const { removed, kept } = split(text);
    expect(removed.map((r) => r.trim())).toContain('Источник');
    expect(kept).toContain('4. нужен обмен опытом');
    expect(kept.trimEnd().endsWith('Источник')).toBe(false);
  });

  it('proposes at most a small part of any seed article', () => {
    for (const prefix of ['000', '001', '002', '003', '004']) {
      const text = seed(prefix);
      const { kept } = split(text);
      expect(kept.length, prefix).toBeGreaterThan(text.length * 0.6);
    }
  });
});
