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

  it('gives a line that is only a date its own reason (a code the window words), and leaves tickers as they are', () => {
    const text = '494.87\n08.09.2023, 12:51\nТекст статьи.\n12:51 | 8 сентября 2023 г.\n';
    const { spans, kept } = split(text);
    expect(spans.map((s) => [s.kind, text.slice(s.start, s.end), s.reason])).toEqual([
      ['ticker', '494.87\n', 'ticker'],
      ['date-line', '08.09.2023, 12:51\n', 'date-line'],
      ['date-line', '12:51 | 8 сентября 2023 г.\n', 'date-line-other'],
    ]);
    expect(kept).toBe('Текст статьи.\n');
  });

  it('does not take a sentence with a date, or an impossible date, for a date line', () => {
    expect(detectBoilerplate('Совет заседал 14 марта 2024 года.\nСовет заседал 14.03.2024.')).toEqual([]);
    expect(detectBoilerplate('31.02.2024').map((s) => s.kind)).toEqual(['ticker']);
  });

  it('proposes a copy of the headline just below it, spaces aside, and keeps the headline', () => {
    const text =
      '×\nСовещание  по безопасности\n\n14.03.2024\n Совещание по безопасности \nМинистры обсудили угрозы.\n';
    const { spans, kept } = split(text);
    expect(spans.map((s) => [s.kind, s.reason])).toEqual([
      ['ticker', 'ticker'],
      ['date-line', 'date-line'],
      ['repeated-title', 'repeated-title'],
    ]);
    expect(kept).toBe('Совещание  по безопасности\n\nМинистры обсудили угрозы.\n');
  });

  it('leaves a line that repeats the headline further down, or only resembles it', () => {
    const body = ['Первый абзац.', 'Второй абзац.', 'Третий абзац.', 'Четвёртый абзац.', 'Пятый абзац.'];
    expect(detectBoilerplate(['Заголовок статьи', ...body, 'Заголовок статьи'].join('\n'))).toEqual([]);
    expect(detectBoilerplate('Заголовок статьи\nЗаголовок статьи.\nзаголовок статьи\n')).toEqual([]);
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

  it('seed 002: the date line is proposed as a date line, not a ticker, and the tickers stay tickers', () => {
    const text = seed('002');
    const { spans } = split(text);
    const dateLine = spans.find((s) => text.slice(s.start, s.end).startsWith('08.09.2023, 12:51'));
    expect(dateLine?.kind).toBe('date-line');
    expect(dateLine?.reason).toBe('date-line');
    const tickers = spans.filter((s) => s.kind === 'ticker').map((s) => text.slice(s.start, s.end));
    expect(tickers.join('')).toContain('494.87');
    expect(tickers.join('')).not.toContain('08.09.2023');
  });

  it('seed 002: the second copy of the headline is proposed, the first is kept', () => {
    const text = seed('002');
    const headline = 'Порядка 80 тысяч казахстанцев являются участниками запрещенных сообществ в соцсетях';
    const { spans, kept } = split(text);
    const copies = spans.filter((s) => s.kind === 'repeated-title');
    expect(copies).toHaveLength(1);
    expect(text.slice(copies[0]!.start, copies[0]!.end).trim()).toBe(headline);
    expect(copies[0]!.reason).toBe('repeated-title');
    expect(kept.split(headline)).toHaveLength(2);
  });

  it('seeds 000, 001, 003, 004: no headline copy or date line is proposed where there is none', () => {
    for (const prefix of ['000', '001', '003', '004']) {
      const kinds = detectBoilerplate(seed(prefix)).map((s) => s.kind);
      expect(kinds, prefix).not.toContain('repeated-title');
      expect(kinds, prefix).not.toContain('date-line');
    }
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
