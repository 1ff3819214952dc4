import { describe, expect, it } from 'vitest';
import type { Annotation } from '../model/annotation.ts';
import { suggestSpeaker } from './suggest-speaker.ts';

const time = '2026-03-01T09:00:00.000Z';

const text = [
  'Касым-Жомарт Токаев провёл заседание Совбеза. Глава государства заявил, что ОДКБ остаётся гарантом стабильности.',
  'Председатель КНБ Ермек Сагимбаев доложил о ситуации. По его словам, угроз нет, сообщил Токаев.',
  'Угрозы нарастают.',
].join('\n');

/** An annotation over the first occurrence (or the `nth`) of `words` in the text. */
function span(id: string, words: string, fields: Partial<Annotation> = {}, nth = 0): Annotation {
  let start = -1;
  for (let k = 0; k <= nth; k++) start = text.indexOf(words, start + 1);
  if (start === -1) throw new Error(`"${words}" is not in the text`);
  return {
    id,
    documentId: 'doc1',
    coderId: 'coder1',
    tagId: fields.actorId ? 'tag-actor' : 'tag-statement',
    start,
    end: start + words.length,
    quote: { exact: words, prefix: '', suffix: '' },
    note: '',
    created: time,
    modified: time,
    ...fields,
  };
}

const statement1 = span('s1', 'ОДКБ остаётся гарантом стабильности');
const statement2 = span('s2', 'угроз нет');
const statement3 = span('s3', 'Угрозы нарастают.');

describe('suggestSpeaker', () => {
  it('gives null when the paragraph has no actor mention before the statement', () => {
    expect(suggestSpeaker(text, [statement1], statement1)).toBeNull();
    expect(suggestSpeaker(text, [span('m', 'Совбеза')], statement1)).toBeNull(); // no actorId: not a mention
  });

  it('offers the one actor mentioned before the statement in its paragraph', () => {
    const mentions = [span('m1', 'Касым-Жомарт Токаев', { actorId: 'tokayev' })];
    expect(suggestSpeaker(text, [...mentions, statement1], statement1)).toBe('tokayev');
  });

  it('offers the actor when all mentions before the statement name the same actor', () => {
    const mentions = [
      span('m1', 'Касым-Жомарт Токаев', { actorId: 'tokayev' }),
      span('m2', 'Глава государства', { actorId: 'tokayev' }),
    ];
    expect(suggestSpeaker(text, [statement1, ...mentions], statement1)).toBe('tokayev');
  });

  it('gives null when two different actors are mentioned before the statement', () => {
    const mentions = [span('m1', 'КНБ', { actorId: 'knb' }), span('m2', 'Ермек Сагимбаев', { actorId: 'sagimbayev' })];
    expect(suggestSpeaker(text, mentions, statement2)).toBeNull();
  });

  it('ignores mentions after the statement or inside it', () => {
    const after = span('m1', 'Токаев', { actorId: 'tokayev' }, 1); // «сообщил Токаев», second paragraph
    expect(after.start).toBeGreaterThan(statement2.end);
    expect(suggestSpeaker(text, [after], statement2)).toBeNull();
    const inside = span('m2', 'ОДКБ', { actorId: 'csto' });
    expect(suggestSpeaker(text, [inside], statement1)).toBeNull();
    const sagimbayev = span('m3', 'Ермек Сагимбаев', { actorId: 'sagimbayev' });
    expect(suggestSpeaker(text, [after, sagimbayev], statement2)).toBe('sagimbayev');
  });

  it('ignores mentions in other paragraphs', () => {
    const mentions = [span('m1', 'Касым-Жомарт Токаев', { actorId: 'tokayev' })];
    expect(suggestSpeaker(text, mentions, statement2)).toBeNull();
    expect(suggestSpeaker(text, mentions, statement3)).toBeNull();
  });

  it('ignores orphaned mentions and mentions in other documents', () => {
    const orphan = span('m1', 'Председатель КНБ', { actorId: 'knb' });
    const orphaned: Annotation = { ...orphan, end: orphan.start, orphaned: true };
    const sagimbayev = span('m2', 'Ермек Сагимбаев', { actorId: 'sagimbayev' });
    expect(suggestSpeaker(text, [orphaned, sagimbayev], statement2)).toBe('sagimbayev');
    const elsewhere = { ...span('m3', 'КНБ', { actorId: 'knb' }), documentId: 'doc2' };
    expect(suggestSpeaker(text, [elsewhere, sagimbayev], statement2)).toBe('sagimbayev');
  });

  it('counts a mention ending exactly where the statement starts, and works at the start of the text', () => {
    const local = 'Токаев: «Мы не вмешиваемся».';
    const mention = { ...span('m1', 'Касым-Жомарт Токаев', { actorId: 'tokayev' }), start: 0, end: 6 };
    expect(suggestSpeaker(local, [mention], { id: 's', documentId: 'doc1', start: 6 })).toBe('tokayev');
    expect(suggestSpeaker(local, [mention], { id: 's', documentId: 'doc1', start: 0 })).toBeNull();
  });

  it('gives null for an orphaned statement', () => {
    const mentions = [span('m1', 'Касым-Жомарт Токаев', { actorId: 'tokayev' })];
    const orphaned: Annotation = { ...statement1, end: statement1.start, orphaned: true };
    expect(suggestSpeaker(text, mentions, orphaned)).toBeNull();
  });
});
