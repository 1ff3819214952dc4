import { describe, expect, it } from 'vitest';
import type { Annotation } from '../model/annotation.ts';
import { MENTION_CONTEXT_EXACT_LENGTH, mentionContext, mentionsOfActor } from './actor-mentions.ts';

const time = '2026-03-01T09:00:00.000Z';

function annotation(id: string, documentId: string, start: number, fields: Partial<Annotation> = {}): Annotation {
  return {
    id,
    documentId,
    coderId: 'coder1',
    tagId: 'tag1',
    start,
    end: start + 6,
    quote: { exact: 'Токаев', prefix: '', suffix: '' },
    note: '',
    created: time,
    modified: time,
    ...fields,
  };
}

describe('mentionsOfActor', () => {
  const annotations = [
    annotation('m3', 'doc-b', 10, { actorId: 'tokayev' }),
    annotation('m1', 'doc-a', 400, { actorId: 'tokayev' }),
    annotation('s2', 'doc-b', 5, { speakerId: 'knb', addresseeId: 'tokayev' }),
    annotation('m2', 'doc-a', 25, { actorId: 'tokayev' }),
    annotation('x1', 'doc-a', 30, { actorId: 'sco' }),
    annotation('s1', 'doc-a', 120, { speakerId: 'tokayev', stance: 'opposes' }),
    annotation('m4', 'doc-a', 90, { actorId: 'tokayev', end: 90, orphaned: true }),
    annotation('s3', 'doc-a', 120, { speakerId: 'tokayev', addresseeId: 'tokayev', end: 200 }),
    annotation('x2', 'doc-c', 0, { speakerId: 'csto', addresseeId: 'sco' }),
  ];

  it('lists mentions and statements separately, by document and then position', () => {
    const { mentions, statements } = mentionsOfActor(annotations, 'tokayev');
    expect(mentions.map((a) => a.id)).toEqual(['m2', 'm4', 'm1', 'm3']);
    expect(statements.map((a) => a.id)).toEqual(['s1', 's3', 's2']);
  });

  it('gives empty lists for an actor never annotated, and leaves the input order alone', () => {
    expect(mentionsOfActor(annotations, 'odkb')).toEqual({ mentions: [], statements: [] });
    expect(annotations[0]!.id).toBe('m3');
  });
});

describe('mentionContext', () => {
  it('returns the stored quote with its context', () => {
    const quote = { exact: 'Токаев', prefix: 'заседании Совбеза президент ', suffix: ' заявил, что ОДКБ' };
    expect(mentionContext({ quote })).toEqual({
      before: 'заседании Совбеза президент ',
      exact: 'Токаев',
      after: ' заявил, что ОДКБ',
      shortened: false,
    });
  });

  it('cuts the context at line breaks', () => {
    const quote = { exact: 'КНБ', prefix: 'стабильности.\nПредседатель ', suffix: ' доложил.\nУгрозы' };
    expect(mentionContext({ quote })).toMatchObject({ before: 'Председатель ', after: ' доложил.' });
  });

  it('shortens a very long quote in the middle, keeping both ends', () => {
    const opening = 'Глава государства подчеркнул, что ';
    const closing = 'ОДКБ остаётся гарантом стабильности в регионе.';
    const exact = `${opening}${'сотрудничество в рамках ШОС развивается, '.repeat(20)}${closing}`;
    const context = mentionContext({ quote: { exact, prefix: 'Астана. ', suffix: ' Он также' } });
    expect(context.shortened).toBe(true);
    expect(context.exact.length).toBeLessThanOrEqual(MENTION_CONTEXT_EXACT_LENGTH);
    expect(context.exact.length).toBeGreaterThan(190);
    expect(context.exact.startsWith(opening)).toBe(true);
    expect(context.exact.endsWith(closing)).toBe(true);
    expect(context.exact).toContain(' … ');
    expect(context.before).toBe('Астана. ');
    expect(context.after).toBe(' Он также');
    expect(mentionContext({ quote: { exact: 'абвгдежзик', prefix: '', suffix: '' } }, 7).exact).toBe('аб … ик');
  });

  it('keeps a quote of exactly the limit whole, and never cuts an emoji in half', () => {
    const exact = 'а'.repeat(MENTION_CONTEXT_EXACT_LENGTH);
    expect(mentionContext({ quote: { exact, prefix: '', suffix: '' } })).toMatchObject({ exact, shortened: false });
    // 7 units leave 4 for the text: 2 at each end; the last 2 would start inside 🛡.
    const emoji = mentionContext({ quote: { exact: 'абвгд🛡е', prefix: '', suffix: '' } }, 7);
    expect(emoji.exact).toBe('аб … е');
    // The head stops before 🛡; the unit it leaves goes to the tail.
    const emojiHead = mentionContext({ quote: { exact: 'а🛡бвгдеж', prefix: '', suffix: '' } }, 6);
    expect(emojiHead.exact).toBe('а … еж');
  });
});
