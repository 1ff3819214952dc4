import { describe, expect, it } from 'vitest';
import type { Actor } from '../model/actor.ts';
import type { Annotation } from '../model/annotation.ts';
import { readSeed, seedPrefixes, seedsMissing } from '../testing/read-seed.ts';
import { speakerSuggestion, suggestSpeaker } from './suggest-speaker.ts';

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

  it('ignores mentions inside the statement, and after it unless they name who said it', () => {
    const after = span('m1', 'Токаев', { actorId: 'tokayev' }, 1); // «угроз нет, сообщил Токаев», second paragraph
    expect(after.start).toBeGreaterThan(statement2.end);
    expect(speakerSuggestion(text, [after], statement2)).toEqual({ actorId: 'tokayev', reason: 'named-after' });
    const sagimbayev = span('m3', 'Ермек Сагимбаев', { actorId: 'sagimbayev' });
    expect(suggestSpeaker(text, [after, sagimbayev], statement2)).toBe('sagimbayev'); // tagged before wins
    const inside = span('m2', 'ОДКБ', { actorId: 'csto' });
    expect(suggestSpeaker(text, [inside], statement1)).toBeNull();
    const local = 'Угроз нет. Токаев уехал.';
    const later = { ...inside, start: 11, end: 17, actorId: 'tokayev' };
    expect(suggestSpeaker(local, [later], { id: 's', documentId: 'doc1', start: 0, end: 10 })).toBeNull();
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
    expect(suggestSpeaker(local, [mention], { id: 's', documentId: 'doc1', start: 6, end: 28 })).toBe('tokayev');
    expect(suggestSpeaker(local, [mention], { id: 's', documentId: 'doc1', start: 0, end: 28 })).toBeNull();
  });

  it('gives null for an orphaned statement', () => {
    const mentions = [span('m1', 'Касым-Жомарт Токаев', { actorId: 'tokayev' })];
    const orphaned: Annotation = { ...statement1, end: statement1.start, orphaned: true };
    expect(suggestSpeaker(text, mentions, orphaned)).toBeNull();
  });
});

const actor = (id: string, name: string, aliases: string[] = [], type: Actor['type'] = 'person'): Actor => ({
  id,
  name,
  type,
  aliases,
  affiliations: [],
  notes: '',
  created: time,
  modified: time,
});

const registry: Actor[] = [
  actor('tokayev', 'Касым-Жомарт Токаев', ['Токаев', 'глава государства']),
  actor('tukumov', 'Еркин Тукумов', ['Тукумов']),
  actor('sagimbayev', 'Ермек Сагимбаев', ['Сагимбаев']),
  actor('knb', 'КНБ', ['Комитет национальной безопасности'], 'agency'),
  actor('kazakhstan', 'Казахстан', [], 'state'),
];

/** The statement over `words` (the `nth` occurrence) in `local`, as a position. */
function at(local: string, words: string, nth = 0): { id: string; documentId: string; start: number; end: number } {
  let start = -1;
  for (let k = 0; k <= nth; k++) start = local.indexOf(words, start + 1);
  if (start === -1) throw new Error(`"${words}" is not in the text`);
  return { id: 's', documentId: 'doc1', start, end: start + words.length };
}

/** A tagged mention of `actorId` over `words` in `local`. */
function tag(local: string, words: string, actorId: string): Annotation {
  return { ...span('m', 'Токаев'), ...at(local, words), id: `m-${actorId}`, actorId, tagId: 'tag-actor' };
}

/** What speakerSuggestion offers for the statement `words` in `local`, with the registry above. */
function suggest(local: string, words: string, tagged: Annotation[] = [], actors = registry) {
  return speakerSuggestion(local, tagged, at(local, words), actors);
}

describe('speakerSuggestion from untagged names', () => {
  it('offers the one registry actor named before the statement, in any form', () => {
    const genitive = 'Слова Токаева прозвучали на заседании: угрозы терроризма сохраняются.';
    expect(suggest(genitive, 'угрозы терроризма сохраняются')).toEqual({ actorId: 'tokayev', reason: 'named-before' });
    const dative = 'Тукумову задали вопрос о ШОС. Он ответил, что угрозы растут.';
    expect(suggest(dative, 'угрозы растут')).toEqual({ actorId: 'tukumov', reason: 'named-before' });
    // A verb of saying after the statement that names no registry actor changes nothing.
    const experts = 'На встрече с Тукумовым обсуждали безопасность. Угроз нет, считают эксперты.';
    expect(suggest(experts, 'Угроз нет')).toEqual({ actorId: 'tukumov', reason: 'named-before' });
    // Without the registry, untagged names are not seen.
    expect(suggest(genitive, 'угрозы терроризма сохраняются', [], [])).toBeNull();
  });

  it('finds an actor by an alias, inflected too', () => {
    expect(suggest('Глава государства провёл совещание. Он заявил, что угроз нет.', 'угроз нет')).toEqual({
      actorId: 'tokayev',
      reason: 'named-before',
    });
    const local = 'В обращении главы государства сказано: угроз нет.';
    expect(suggest(local, 'угроз нет')?.actorId).toBe('tokayev');
  });

  it('gives null when two different actors are named, or one name belongs to two actors', () => {
    expect(suggest('Токаев принял Тукумова. Он заявил, что угроз нет.', 'угроз нет')).toBeNull();
    const twins = [...registry, actor('tokayev-2', 'Токаев')]; // a duplicate entry not yet merged
    expect(suggest('Токаев заявил, что угроз нет.', 'угроз нет', [], twins)).toBeNull();
  });

  it('lets a tagged mention win over untagged names', () => {
    const local = 'Токаев принял Тукумова. Он заявил, что угроз нет.';
    const tokayev = tag(local, 'Токаев', 'tokayev');
    expect(suggest(local, 'угроз нет', [tokayev])).toEqual({ actorId: 'tokayev', reason: 'tagged-before' });
    const attributed = 'Токаев провёл совещание. «Угроз нет», — сообщил Тукумов.';
    expect(suggest(attributed, 'Угроз нет', [tag(attributed, 'Токаев', 'tokayev')])?.actorId).toBe('tokayev');
    // Two tagged actors before the statement: no untagged name before it decides.
    const two = 'Токаев принял Тукумова и Сагимбаева. Он заявил, что угроз нет.';
    const tags = [tag(two, 'Токаев', 'tokayev'), tag(two, 'Тукумова', 'tukumov')];
    expect(suggest(two, 'угроз нет', tags)).toBeNull();
  });

  it('ignores names in other paragraphs', () => {
    expect(suggest('Токаев выступил в Астане.\nУгроз нет.', 'Угроз нет.')).toBeNull();
    expect(suggest('Угроз нет,\nзаявил Токаев.', 'Угроз нет')).toBeNull();
    expect(suggest('Угроз нет.\nТукумов заявил, что ОДКБ сильна.', 'Угроз нет.')).toBeNull();
  });

  it('offers the actor named as the one who said it right after the statement', () => {
    const said = (local: string, words: string, tagged: Annotation[] = []) => {
      const s = suggest(local, words, tagged);
      return s && `${s.actorId} ${s.reason}`;
    };
    expect(said('«Мы не вмешиваемся», — заявил Токаев.', 'Мы не вмешиваемся')).toBe('tokayev named-after');
    expect(said('Угроз нет, сообщил министр Тукумов.', 'Угроз нет')).toBe('tukumov named-after');
    expect(said('"Угроз нет", - отметил Касым-Жомарт Токаев.', 'Угроз нет')).toBe('tokayev named-after');
    expect(said('Угроз нет! — подчеркнул глава государства.', 'Угроз нет')).toBe('tokayev named-after');
    expect(said('Угроз нет, — заявил К.-Ж. Токаев.', 'Угроз нет')).toBe('tokayev named-after');
    expect(said('Угроз нет, по словам Тукумова.', 'Угроз нет')).toBe('tukumov named-after');
    // The speaker after a title, not the body in it; a body itself as the first word.
    expect(said('Угроз нет, — сообщил председатель КНБ Ермек Сагимбаев.', 'Угроз нет')).toBe('sagimbayev named-after');
    expect(said('Угроз нет, — сообщил КНБ.', 'Угроз нет')).toBe('knb named-after');
    expect(said('Угроз нет, — сообщил зампред КНБ.', 'Угроз нет')).toBeNull();
    // After a verb the speaker is the subject: «Тукумову» is who was told.
    expect(said('Угроз нет, — сказал Токаев Тукумову.', 'Угроз нет')).toBe('tokayev named-after');
    const toTukumov = 'Угроз нет, — сказал Токаев Тукумову.';
    expect(said(toTukumov, 'Угроз нет', [tag(toTukumov, 'Тукумову', 'tukumov')])).toBe('tokayev named-after');
    // The explicit attribution beats other names before the statement.
    const meeting = 'Токаев провёл совещание с Сагимбаевым. «Угроз нет», — сообщил Сагимбаев.';
    expect(said(meeting, 'Угроз нет')).toBe('sagimbayev named-after');
    // A tagged name there counts too, so tagging it keeps the suggestion.
    const tagged = '«Мы не вмешиваемся», — заявил Токаев.';
    expect(said(tagged, 'Мы не вмешиваемся', [tag(tagged, 'Токаев', 'tokayev')])).toBe('tokayev named-after');
  });

  it('looks for the attribution after the quotation the statement is part of', () => {
    const local = '«Угроз нет. Ситуация под контролем», — заявил Токаев.';
    expect(suggest(local, 'Угроз нет.')).toEqual({ actorId: 'tokayev', reason: 'named-after' });
    const straight = '"Угроз нет. Ситуация под контролем", - сообщил Тукумов.';
    expect(suggest(straight, 'Угроз нет')?.actorId).toBe('tukumov');
  });

  it('does not take other words after the statement for an attribution', () => {
    expect(suggest('Угроз нет, — сообщили в пресс-службе Токаева.', 'Угроз нет')).toBeNull();
    expect(suggest('Угроз нет, — заявление Токаева.', 'Угроз нет')).toBeNull();
    expect(suggest('Угроз нет, и Токаев уехал.', 'Угроз нет')).toBeNull();
    expect(suggest('Угроз нет заявил Токаев.', 'Угроз нет')).toBeNull();
    expect(suggest('Угроз нет, — заявили Токаев и Тукумов.', 'Угроз нет')).toBeNull();
    expect(suggest('Угроз нет. Токаев уехал.', 'Угроз нет')).toBeNull();
  });

  it.skipIf(seedsMissing !== null)('finds who said quotations and clauses in the seed articles', () => {
    const seedRegistry = [
      ...registry,
      actor('seisembayev', 'Руслан Сейсембаев', ['Сейсембаев']),
      actor('kaliyev', 'Талгат Калиев', ['Калиев']),
    ];
    const found = new Set<string>();
    for (const prefix of seedPrefixes()) {
      const seed = readSeed(prefix);
      // Candidate statements: every quotation, and every paragraph up to its last comma.
      const spans: { start: number; end: number }[] = [];
      for (const m of seed.matchAll(/«([^«»\n]+)»|"([^"\n]+)"/g))
        spans.push({ start: m.index + 1, end: m.index + m[0].length - 1 });
      let lineStart = 0;
      for (const line of seed.split('\n')) {
        const comma = line.lastIndexOf(', ');
        if (comma > 0) spans.push({ start: lineStart, end: lineStart + comma });
        lineStart += line.length + 1;
      }
      for (const s of spans) {
        const got = speakerSuggestion(seed, [], { id: 's', documentId: 'd', ...s }, seedRegistry);
        if (got?.reason === 'named-after') found.add(`${prefix} ${got.actorId}`);
      }
    }
    console.info(`named-after suggestions in the seeds: ${[...found].join(', ')}`);
    // «…», - рассказал Сейсембаев; "…", - отметил Калиев; «…», – отметил глава государства; …, добавил Касым-Жомарт Токаев.
    expect([...found]).toEqual(
      expect.arrayContaining(['002 seisembayev', '001 kaliyev', '003 tokayev', '004 tokayev']),
    );
  });
});
