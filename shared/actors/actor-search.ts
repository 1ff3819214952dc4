import type { Actor } from '../model/actor.ts';
import { compareNames } from '../text/compare-names.ts';
import { russianStems } from './russian-stems.ts';
import { searchWords } from './search-words.ts';

/**
 * How a name or alias matched a query:
 * - `exact`: the same words, after folding (case, ё/е, quotes, hyphens);
 * - `prefix`: every query word begins some word of the name ("жом ток");
 * - `inflection`: as prefix, but at least one query word only matched as
 *   another grammatical form ("Токаеву" for "Токаев");
 * - `all`: the query was empty, every actor is listed.
 */
export type ActorMatchKind = 'exact' | 'prefix' | 'inflection' | 'all';

/** One actor found by searchActors, with the name or alias that matched. */
export interface ActorMatch {
  actor: Actor;
  /** The name or alias that matched, as written in the registry, to show next to the name. */
  matched: string;
  /** Whether `matched` is the actor's canonical name or one of its aliases. */
  field: 'name' | 'alias';
  kind: ActorMatchKind;
  /** Higher is better; see ACTOR_MATCH_SCORES. */
  score: number;
}

/**
 * The score of each kind of match. A match on the canonical name outranks the
 * same kind of match on an alias, because the name is what the researcher
 * chose to see; exact outranks prefix outranks inflection, because the
 * shorter the gap between what was typed and what is stored, the likelier it
 * is the actor meant.
 */
export const ACTOR_MATCH_SCORES = {
  exactName: 100,
  exactAlias: 90,
  prefixName: 80,
  prefixAlias: 70,
  inflectionName: 60,
  inflectionAlias: 50,
  all: 0,
} as const;

/** A name or alias of an actor, folded into words once for the index. */
export interface IndexedLabel {
  /** Position of the actor in ActorIndex.actors. */
  actor: number;
  /** The name or alias as written. */
  text: string;
  field: 'name' | 'alias';
  /** The folded words joined by single spaces: equal keys mean an exact match. */
  key: string;
}

/**
 * The registry prepared for searching as the researcher types: every name and
 * alias folded and split into words once, with lookup tables from words and
 * from word stems to the labels holding them. Build it when the registry
 * changes, not per keystroke.
 */
export interface ActorIndex {
  readonly actors: readonly Actor[];
  /** Positions in `actors`, sorted by name in Russian collation. */
  readonly byName: readonly number[];
  /** For each actor position, its place in `byName`: the tie-breaker of equal scores. */
  readonly nameRank: Int32Array;
  /** Every distinct (folded) name and alias of every actor; an actor's name comes before its aliases. */
  readonly labels: readonly IndexedLabel[];
  /** Every distinct folded word of every label, in code-unit order, for prefix lookups. */
  readonly words: readonly string[];
  /** For each entry of `words`, the labels (positions in `labels`) holding it. */
  readonly wordLabels: readonly (readonly number[])[];
  /**
   * For each stem of every word (see russianStems) other than the word itself,
   * the labels holding a word with that stem. Whole words are found in `words`.
   */
  readonly stemLabels: ReadonlyMap<string, readonly number[]>;
}

/**
 * Prepares actors for searchActors. With 2,000 actors of ten aliases each a
 * query then takes well under 5 ms, fast enough to search on every keystroke.
 */
export function buildActorIndex(actors: readonly Actor[]): ActorIndex {
  const byName = actors
    .map((_, position) => position)
    .sort((a, b) => compareNames(actors[a]!.name, actors[b]!.name) || a - b);
  const nameRank = new Int32Array(actors.length);
  byName.forEach((position, rank) => {
    nameRank[position] = rank;
  });

  const labels: IndexedLabel[] = [];
  const labelsByWord = new Map<string, number[]>();
  const stemLabels = new Map<string, number[]>();
  const addLabel = (actor: number, text: string, field: 'name' | 'alias', seenKeys: Set<string>): void => {
    const { words, joined } = searchWords(text);
    const key = words.join(' ');
    if (key === '' || seenKeys.has(key)) return;
    seenKeys.add(key);
    const label = labels.length;
    labels.push({ actor, text, field, key });
    for (const word of [...words, ...joined]) {
      addPosting(labelsByWord, word, label);
      for (const stem of russianStems(word).slice(1)) addPosting(stemLabels, stem, label);
    }
  };
  actors.forEach((actor, position) => {
    const seenKeys = new Set<string>();
    addLabel(position, actor.name, 'name', seenKeys);
    for (const alias of actor.aliases) addLabel(position, alias, 'alias', seenKeys);
  });

  const words = [...labelsByWord.keys()].sort();
  return {
    actors,
    byName,
    nameRank,
    labels,
    words,
    wordLabels: words.map((word) => labelsByWord.get(word)!),
    stemLabels,
  };
}

/** Adds a label to a posting list once (a label's words are added one after another). */
function addPosting(postings: Map<string, number[]>, key: string, label: number): void {
  const list = postings.get(key);
  if (list === undefined) postings.set(key, [label]);
  else if (list[list.length - 1] !== label) list.push(label);
}

/** The first position in sorted `words` not before `word`. */
function lowerBound(words: readonly string[], word: string): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (words[middle]! < word) low = middle + 1;
    else high = middle;
  }
  return low;
}

// How one query word matched a label, while a query is being evaluated.
const NO_MATCH = 0;
const PREFIX_MATCH = 1;
const STEM_MATCH = 2;

/**
 * Finds actors for a quick picker as the researcher types, by canonical name
 * and by every alias. Case, ё/е, quotes and punctuation are ignored; every
 * query word must begin a word of the same name or alias, in any order ("жом
 * ток" finds Касым-Жомарт Токаев), or be another case form of one
 * ("президента Казахстана" finds «президент Казахстана»), since researchers
 * type names as they read them in the article.
 *
 * Each actor appears once, under its best-matching name or alias, ranked
 * exact name > exact alias > prefix of name > prefix of alias > inflection,
 * then by name. An empty query lists all actors by name. Pass an index from
 * buildActorIndex; a plain array is indexed on every call, which is slow.
 */
export function searchActors(actors: readonly Actor[] | ActorIndex, query: string, limit = 20): ActorMatch[] {
  const index = 'labels' in actors ? actors : buildActorIndex(actors);
  if (limit <= 0) return [];
  const queryWords = searchWords(query).words;
  if (queryWords.length === 0) {
    return index.byName.slice(0, limit).map((position) => {
      const actor = index.actors[position]!;
      return { actor, matched: actor.name, field: 'name', kind: 'all', score: ACTOR_MATCH_SCORES.all };
    });
  }

  const how = new Uint8Array(index.labels.length);
  const inflected = new Uint8Array(index.labels.length);
  let candidates: number[] | undefined;
  for (const queryWord of queryWords) {
    const touched: number[] = [];
    for (let w = lowerBound(index.words, queryWord); index.words[w]?.startsWith(queryWord); w++) {
      for (const label of index.wordLabels[w]!) {
        if (how[label] === NO_MATCH) {
          how[label] = PREFIX_MATCH;
          touched.push(label);
        }
      }
    }
    // A stem of the query word may be a stored word or a stem of one. (The query
    // word itself is skipped: as a stored word or stem it begins a stored word.)
    for (const stem of russianStems(queryWord).slice(1)) {
      const w = lowerBound(index.words, stem);
      const exact = index.words[w] === stem ? index.wordLabels[w]! : [];
      for (const labels of [exact, index.stemLabels.get(stem) ?? []]) {
        for (const label of labels) {
          if (how[label] === NO_MATCH) {
            how[label] = STEM_MATCH;
            touched.push(label);
          }
        }
      }
    }
    candidates = candidates === undefined ? touched : candidates.filter((label) => how[label] !== NO_MATCH);
    for (const label of candidates) if (how[label] === STEM_MATCH) inflected[label] = 1;
    for (const label of touched) how[label] = NO_MATCH;
    if (candidates.length === 0) return [];
  }

  const queryKey = queryWords.join(' ');
  const best = new Map<number, { label: number; kind: ActorMatchKind; score: number }>();
  for (const label of candidates!) {
    const { actor, field, key } = index.labels[label]!;
    const kind = key === queryKey ? 'exact' : inflected[label] ? 'inflection' : 'prefix';
    const score = scoreOf(kind, field);
    const previous = best.get(actor);
    if (previous === undefined || score > previous.score || (score === previous.score && label < previous.label)) {
      best.set(actor, { label, kind, score });
    }
  }
  const rankOf = (label: number): number => index.nameRank[index.labels[label]!.actor]!;
  return [...best.values()]
    .sort((a, b) => b.score - a.score || rankOf(a.label) - rankOf(b.label))
    .slice(0, limit)
    .map(({ label, kind, score }) => {
      const { actor, text, field } = index.labels[label]!;
      return { actor: index.actors[actor]!, matched: text, field, kind, score };
    });
}

function scoreOf(kind: 'exact' | 'prefix' | 'inflection', field: 'name' | 'alias'): number {
  const name = field === 'name';
  if (kind === 'exact') return name ? ACTOR_MATCH_SCORES.exactName : ACTOR_MATCH_SCORES.exactAlias;
  if (kind === 'prefix') return name ? ACTOR_MATCH_SCORES.prefixName : ACTOR_MATCH_SCORES.prefixAlias;
  return name ? ACTOR_MATCH_SCORES.inflectionName : ACTOR_MATCH_SCORES.inflectionAlias;
}
