import { describe, expect, it } from 'vitest';
import type { Actor } from '../model/actor.ts';
import { ACTOR_MATCH_SCORES, buildActorIndex, searchActors } from './actor-search.ts';
import { russianStems } from './russian-stems.ts';
import { searchWords } from './search-words.ts';

const time = '2026-03-01T09:00:00.000Z';

function actor(id: string, name: string, aliases: string[] = [], type: Actor['type'] = 'person'): Actor {
  return { id, name, type, aliases, affiliations: [], notes: '', created: time, modified: time };
}

const registry: Actor[] = [
  actor('tokayev', 'Касым-Жомарт Токаев', [
    'Токаев',
    'Tokayev',
    'Kassym-Jomart Tokayev',
    '«глава государства»',
    'президент Казахстана',
  ]),
  actor('knb', 'Комитет национальной безопасности', ['КНБ', 'КНБ РК', 'National Security Committee'], 'agency'),
  actor(
    'sco',
    'Шанхайская организация сотрудничества',
    ['ШОС', 'SCO', 'Shanghai Cooperation Organisation'],
    'organization',
  ),
  actor('csto', 'Организация Договора о коллективной безопасности', ['ОДКБ', 'CSTO'], 'organization'),
  actor('seisembayev', 'Ерлан Сейсембаев', ['Сейсембаев']),
  actor('gorbachev', 'Михаил Горбачёв', ['Gorbachev']),
  actor('kazakhstan', 'Казахстан', ['Республика Казахстан', 'РК'], 'state'),
  actor('masimov', 'Карим Масимов', ['бывший глава КНБ']),
];
const index = buildActorIndex(registry);

/** Ids of the results, in order. */
function ids(query: string, limit?: number): string[] {
  return searchActors(index, query, limit).map((match) => match.actor.id);
}

describe('searchWords', () => {
  it('folds case, ё, quotes and hyphens, keeping the joined form of hyphenated words', () => {
    expect(searchWords('«Касым-Жомарт» ТОКАЕВ')).toEqual({
      words: ['касым', 'жомарт', 'токаев'],
      joined: ['касымжомарт'],
    });
    expect(searchWords('Горбачёв').words).toEqual(['горбачев']);
    expect(searchWords('„Erdoğan“, O’Brien').words).toEqual(['erdogan', 'obrien']);
    expect(searchWords('Йошкар-Ола'.normalize('NFD')).words).toEqual(['йошкар', 'ола']);
    expect(searchWords(' — «» ').words).toEqual([]);
  });
});

describe('russianStems', () => {
  it('lists the word and every stem of at least three letters', () => {
    expect(russianStems('токаева')).toEqual(['токаева', 'токаев']);
    expect(russianStems('токаев')).toEqual(['токаев', 'тока']);
    expect(russianStems('организации')).toEqual(['организации', 'организаци', 'организац']);
    expect(russianStems('шос')).toEqual(['шос']);
    expect(russianStems('лева')).toEqual(['лева', 'лев']);
  });
});

describe('searchActors', () => {
  it('finds by a prefix of any word of the name or an alias, ignoring case', () => {
    expect(ids('ток')).toEqual(['tokayev']);
    expect(ids('ТОКА')).toEqual(['tokayev']);
    expect(ids('toka')).toEqual(['tokayev']);
  });

  it('needs every query word to begin a word of the same name or alias, in any order', () => {
    expect(ids('жом ток')).toEqual(['tokayev']);
    expect(ids('ток жом')).toEqual(['tokayev']);
    // "ерлан" is in one actor's name, "токаев" in another's: no single name holds both.
    expect(ids('ерлан токаев')).toEqual([]);
  });

  it('ignores hyphens, quotes and ё', () => {
    const [match] = searchActors(index, 'Касым Жомарт Токаев');
    expect(match).toMatchObject({ matched: 'Касым-Жомарт Токаев', field: 'name', kind: 'exact' });
    expect(match!.score).toBe(ACTOR_MATCH_SCORES.exactName);
    expect(searchActors(index, 'касымжомарт')[0]).toMatchObject({ matched: 'Касым-Жомарт Токаев', kind: 'prefix' });
    expect(searchActors(index, 'глава государства')[0]).toMatchObject({
      actor: { id: 'tokayev' },
      matched: '«глава государства»',
      field: 'alias',
      kind: 'exact',
      score: ACTOR_MATCH_SCORES.exactAlias,
    });
    expect(searchActors(index, 'горбачев')[0]).toMatchObject({ actor: { id: 'gorbachev' }, kind: 'prefix' });
  });

  it('tolerates Russian case endings', () => {
    for (const query of ['Токаева', 'Токаеву', 'Токаевым', 'Токаеве']) {
      expect(searchActors(index, query)[0]).toMatchObject({
        actor: { id: 'tokayev' },
        kind: 'inflection',
        score: ACTOR_MATCH_SCORES.inflectionName,
      });
    }
    expect(searchActors(index, 'Сейсембаева')[0]).toMatchObject({
      actor: { id: 'seisembayev' },
      matched: 'Ерлан Сейсембаев',
      kind: 'inflection',
    });
    expect(searchActors(index, 'президента Казахстана')).toEqual([
      {
        actor: registry[0],
        matched: 'президент Казахстана',
        field: 'alias',
        kind: 'inflection',
        score: ACTOR_MATCH_SCORES.inflectionAlias,
      },
    ]);
    expect(ids('главы государства')).toEqual(['tokayev']);
    expect(ids('Шанхайской организации')).toEqual(['sco']);
    expect(ids('Комитетом национальной безопасности')).toEqual(['knb']);
    expect(ids('Карима Масимова')).toEqual(['masimov']);
  });

  it('does not take unrelated words for forms of each other', () => {
    expect(ids('токио')).toEqual([]);
    expect(ids('казах токаевская')).toEqual([]);
  });

  it('ranks exact name > exact alias > prefix of name > prefix of alias > inflection, then by name', () => {
    const ranked = [
      actor('a1', 'Совет безопасности', ['СБ']),
      actor('a2', 'Совбез', ['Совет безопасности РК']),
      actor('a3', 'Бюро', ['совет безопасности']),
      actor('a4', 'Совета безопасности секретарь'),
      actor('a5', 'Ассамблея', ['Безопасность совета']),
      actor('a6', 'Безопасность совета ООН'),
      actor('a7', 'Аппарат', ['Совет безопасности при президенте']),
    ];
    const results = searchActors(buildActorIndex(ranked), 'Совет безопасности');
    expect(results.map((m) => [m.actor.id, m.kind, m.field, m.score])).toEqual([
      ['a1', 'exact', 'name', 100],
      ['a3', 'exact', 'alias', 90],
      ['a4', 'prefix', 'name', 80],
      // Equal scores: «Аппарат» sorts before «Совбез».
      ['a7', 'prefix', 'alias', 70],
      ['a2', 'prefix', 'alias', 70],
      // "безопасности" only meets "безопасность" as another case form.
      ['a6', 'inflection', 'name', 60],
      ['a5', 'inflection', 'alias', 50],
    ]);
    // Ties are broken by name in Russian collation, whatever the registry order.
    expect(ids('орг')).toEqual(['csto', 'sco']);
  });

  it('shows each actor once, under its best name or alias', () => {
    const results = searchActors(index, 'КНБ');
    expect(results.map((m) => [m.actor.id, m.matched, m.kind])).toEqual([
      ['knb', 'КНБ', 'exact'],
      ['masimov', 'бывший глава КНБ', 'prefix'],
    ]);
  });

  it('matches Latin aliases', () => {
    expect(searchActors(index, 'sco')[0]).toMatchObject({ actor: { id: 'sco' }, matched: 'SCO', kind: 'exact' });
    expect(ids('csto')).toEqual(['csto']);
    expect(ids('security committee')).toEqual(['knb']);
  });

  it('lists every actor by name for an empty query, up to the limit', () => {
    expect(ids('')).toEqual(['seisembayev', 'kazakhstan', 'masimov', 'tokayev', 'knb', 'gorbachev', 'csto', 'sco']);
    expect(ids('  «» ', 3)).toEqual(['seisembayev', 'kazakhstan', 'masimov']);
    expect(searchActors(index, '')[0]).toEqual({
      actor: registry[4],
      matched: 'Ерлан Сейсембаев',
      field: 'name',
      kind: 'all',
      score: 0,
    });
  });

  it('applies the limit and accepts a plain array', () => {
    expect(ids('к', 2)).toHaveLength(2);
    expect(ids('к', 0)).toEqual([]);
    expect(searchActors(registry, 'одкб').map((m) => m.actor.id)).toEqual(['csto']);
  });

  it('answers a query over 2,000 actors with ten aliases each in under 5 ms', () => {
    const syllables = ['ка', 'ра', 'ми', 'то', 'се', 'ла', 'жо', 'ну', 'ве', 'ши', 'до', 'бе'];
    const word = (n: number): string => {
      let out = '';
      for (let k = 0; k < 4; k++) out += syllables[(n >> (k * 3)) % syllables.length];
      return out;
    };
    const large: Actor[] = [];
    for (let i = 0; i < 2_000; i++) {
      const aliases = Array.from(
        { length: 10 },
        (_, j) => `${word(i * 13 + j)}ов ${word(i + j * 7)}а «${word(i * 3 + j)}»`,
      );
      large.push(actor(`a${i}`, `${word(i)} ${word(i * 7)}ев`, aliases));
    }
    large.push(registry[0]!);
    const largeIndex = buildActorIndex(large);
    const queries = ['к', 'ток', 'жом ток', 'Токаева', 'президента Казахстана', 'карами', 'семи вела', 'xyz'];
    for (const query of queries) searchActors(largeIndex, query); // warm up
    const rounds = 20;
    const startedAt = performance.now();
    for (let r = 0; r < rounds; r++) for (const query of queries) searchActors(largeIndex, query);
    const perQuery = (performance.now() - startedAt) / (rounds * queries.length);
    expect(perQuery).toBeLessThan(5);
    expect(searchActors(largeIndex, 'президента Казахстана').map((m) => m.actor.id)).toEqual(['tokayev']);
  });
});
