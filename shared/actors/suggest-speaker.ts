import type { Actor } from '../model/actor.ts';
import type { Annotation } from '../model/annotation.ts';
import { parseQuery, type QueryClause } from '../search/parse-query.ts';
import { textWords, WORD } from '../search/text-words.ts';
import { foldWord, wordTerms } from '../search/word-terms.ts';
import { findNameMentions, type NameMention } from './find-name-mentions.ts';

/** The parts of a statement annotation that suggestSpeaker reads. */
export type StatementPosition = Pick<Annotation, 'id' | 'documentId' | 'start' | 'end'> &
  Partial<Pick<Annotation, 'orphaned'>>;

/**
 * Why an actor is offered as the speaker:
 * - `tagged-before`: the one actor with tagged mentions earlier in the paragraph;
 * - `named-after`: named right after the statement as the one who said it
 *   («…, — заявил Токаев.», «…», — сообщил министр Тукумов», «…, по словам Токаева»);
 * - `named-before`: the one registry actor named (untagged, in any form) earlier in the paragraph.
 */
export type SpeakerReason = 'tagged-before' | 'named-after' | 'named-before';

/** A suggested speaker and why it is suggested. */
export interface SpeakerSuggestion {
  actorId: string;
  reason: SpeakerReason;
}

/** How the reason reads on screen, after "suggested:" or in brackets after the name. */
export const speakerReasonLabels: Record<SpeakerReason, string> = {
  'tagged-before': 'named earlier in this paragraph',
  'named-after': 'named after the statement',
  'named-before': 'named earlier in this paragraph, not tagged',
};

/**
 * The actor to offer as a statement's speaker, or null when there is no
 * single obvious one. Researchers asked: "when a paragraph contains exactly
 * one actor mention before the statement, offer it as the speaker" — in news
 * reporting the person named earlier in the paragraph is usually the one
 * quoted («Токаев ... Он заявил, что ...»).
 *
 * The paragraph is the line of `text` (split on "\n") holding
 * `statement.start`. Only annotations of the same document that name an
 * actor (`actorId`) and are not orphaned count as tagged mentions; names of
 * the registry's actors (`actors`: canonical names and aliases, in any
 * grammatical form) that are not tagged count as untagged names. Names
 * inside the statement and in other paragraphs never count. In order:
 *
 * 1. Tagged mentions lying wholly between the start of the paragraph and the
 *    start of the statement: when they all name one actor, it is offered
 *    («Токаев ... глава государства ...» is still one candidate).
 * 2. Otherwise, the actor named as the one who said it right after the
 *    statement (see `attributedAfter`): «…, — заявил Токаев.», tagged or not.
 * 3. Otherwise, when no tagged mention precedes the statement, the one
 *    registry actor named before it in the paragraph, in any form
 *    («Токаева», «Тукумову»).
 *
 * Two or more different actors at a step give null there (picking one would
 * be a guess), as do words that are the name or alias of two actors. An
 * orphaned statement has no position in the text and gets null too.
 */
export function speakerSuggestion(
  text: string,
  annotations: readonly Annotation[],
  statement: StatementPosition,
  actors: readonly Actor[] = [],
): SpeakerSuggestion | null {
  if (statement.orphaned) return null;
  const paragraphStart = statement.start === 0 ? 0 : text.lastIndexOf('\n', statement.start - 1) + 1;
  const lineEnd = text.indexOf('\n', statement.start);
  const paragraphEnd = lineEnd === -1 ? text.length : lineEnd;
  const tagged = annotations.filter(
    (a): a is Annotation & { actorId: string } =>
      a.actorId !== undefined &&
      !a.orphaned &&
      a.id !== statement.id &&
      a.documentId === statement.documentId &&
      a.start >= paragraphStart &&
      a.end <= paragraphEnd,
  );

  const taggedBefore = new Set(tagged.filter((a) => a.end <= statement.start).map((a) => a.actorId));
  const only = (ids: ReadonlySet<string>) => (ids.size === 1 ? ([...ids][0] as string) : null);
  const tagWinner = only(taggedBefore);
  if (tagWinner) return { actorId: tagWinner, reason: 'tagged-before' };

  const names = new NameOwners(actors);
  const after = attributedAfter(text, statement, paragraphStart, paragraphEnd, tagged, actors, names);
  if (after) return { actorId: after, reason: 'named-after' };
  if (taggedBefore.size > 0 || !actors.length) return null;

  const before = new Set<string>();
  for (const m of mentionsIn(text, paragraphStart, statement.start, actors, tagged)) {
    for (const id of names.owners(m)) before.add(id);
  }
  const named = only(before);
  return named ? { actorId: named, reason: 'named-before' } : null;
}

/** The id of the actor to offer as the statement's speaker, or null: `speakerSuggestion` without the reason. */
export function suggestSpeaker(
  text: string,
  annotations: readonly Annotation[],
  statement: StatementPosition,
  actors: readonly Actor[] = [],
): string | null {
  return speakerSuggestion(text, annotations, statement, actors)?.actorId ?? null;
}

/** How far after the statement (or its closing quote) the attribution is looked for, in UTF-16 units. */
const AFTER_WINDOW = 400;
/** How many words after the speech verb may name the speaker («сообщил заместитель председателя КНБ Казахстана Руслан Сейсембаев»). */
const AFTER_WORDS = 10;

/**
 * Word stems of Russian verbs of saying, folded (е for ё). A word counts as
 * such a verb when it begins with one of them, is longer than it and ends
 * like a verb (VERB_ENDING): «заявил», «сообщила», «отметили», «считает»,
 * but not «заявление» or «ответ».
 */
const SPEECH_STEMS = [
  'заяв',
  'сообщ',
  'сказ',
  'отмет',
  'отмеча',
  'подчерк',
  'добав',
  'поясн',
  'уточн',
  'рассказ',
  'напис',
  'пиш',
  'ответ',
  'призна',
  'указ',
  'завер',
  'увер',
  'напомн',
  'напомина',
  'констатир',
  'говор',
  'утвержд',
  'счита',
  'полага',
  'высказ',
  'резюмир',
  'пообещ',
  'обеща',
  'предупред',
  'предупрежд',
  'отчита',
  'доложи',
  'доклад',
  'прокомментир',
  'комментир',
  'возраз',
  'призв',
  'призыва',
  'заключ',
  'акцентир',
  'убежд',
  'замет',
  'продолж',
  'спроси',
  'спрашива',
  'воскликн',
  'подели',
  'посетова',
  'сетова',
  'парир',
];
const VERB_ENDING = /(?:л|ла|ло|ли|ет|ит|ут|ют|ат|ят)(?:ся|сь)?$/;

/** Prepositions, in lower case: the words after one belong to a phrase («в пресс-службе Токаева»), not the speaker. */
const PREPOSITIONS = new Set(
  'в во на у из от к ко с со о об обо по при для за под над перед пред через после про без до между среди около вокруг возле ради вместо против согласно благодаря'.split(
    ' ',
  ),
);

function isSpeechVerb(word: string): boolean {
  const folded = foldWord(word);
  return (
    VERB_ENDING.test(folded) && SPEECH_STEMS.some((stem) => folded.length > stem.length && folded.startsWith(stem))
  );
}

/**
 * The actor named as the one who said the statement, right after it: a
 * comma or dash (after any closing quote, «!» or «?»), then a verb of saying
 * and the speaker — «…, — заявил Токаев.», «…», - сообщил министр Тукумов»
 * — or «по словам» / «по мнению» and the speaker in any form («…, по словам
 * Токаева»). When the statement lies inside a quotation that goes on after
 * it, the attribution is looked for after the closing quote, since it names
 * who said the whole quotation.
 *
 * After a verb the speaker is the subject, so only names written as the
 * registry spells them (the nominative) count: «заявил Токаев Путину» names
 * Токаев. The speaker is looked for up to the next punctuation mark or
 * preposition and at most AFTER_WORDS words on. A person may come after a
 * title («сообщил министр Тукумов», «председатель КНБ Ермек Сагимбаев»: the
 * person); any other actor only as the first word («сообщил КНБ», but not
 * «сообщил зампред КНБ»). Two actors there give null. Tagged mentions count
 * there too (unless the tagged words are another grammatical form of one of
 * the actor's names), so tagging the name does not take the suggestion away.
 */
function attributedAfter(
  text: string,
  statement: StatementPosition,
  paragraphStart: number,
  paragraphEnd: number,
  tagged: readonly (Annotation & { actorId: string })[],
  actors: readonly Actor[],
  names: NameOwners,
): string | null {
  const from = closingQuote(text, paragraphStart, statement.start, statement.end, paragraphEnd) ?? statement.end;
  const limit = Math.min(paragraphEnd, from + AFTER_WINDOW);
  const gap = /^[\s"'«»“”„‘’)\],!?…—–-]*/.exec(text.slice(from, limit))?.[0] ?? '';
  if (!/[,—–-]/.test(gap)) return null;

  const words = textWords(text.slice(0, limit), from + gap.length);
  const first = words.next().value;
  if (!first || first.start !== from + gap.length) return null;
  let nameFrom: number;
  let anyForm = false;
  if (isSpeechVerb(first.word)) {
    nameFrom = first.end;
  } else {
    const second = words.next().value;
    if (
      foldWord(first.word) !== 'по' ||
      !second ||
      !/^\s+$/.test(text.slice(first.end, second.start)) ||
      !['словам', 'мнению'].includes(foldWord(second.word))
    ) {
      return null;
    }
    nameFrom = second.end;
    anyForm = true;
  }

  // The speaker's stretch: up to punctuation (not an initial's dot: «К. Токаев»), a preposition or AFTER_WORDS words.
  let nameEnd = nameFrom;
  let firstName = -1;
  let previous: string | null = null;
  let count = 0;
  for (const w of words) {
    const between = text.slice(nameEnd, w.start);
    const initial = previous !== null && /^\p{Lu}$/u.test(previous) && /^\.[\s-]*$/.test(between);
    if (!initial && /[^\s-]/.test(between)) break;
    if (PREPOSITIONS.has(w.word) || ++count > AFTER_WORDS) break; // lower case only: «К.» is an initial
    if (firstName === -1) firstName = w.start;
    nameEnd = w.end;
    previous = w.word;
  }
  if (nameEnd === nameFrom) return null;

  // A person may follow a title («министр Тукумов»); anything else counts only as the first word, since
  // a body named later is part of the speaker's title («зампред КНБ», «председатель КНБ Ермек Сагимбаев»).
  const fits = (actorId: string, start: number) =>
    start === firstName || actors.find((x) => x.id === actorId)?.type === 'person';
  const candidates = new Set<string>();
  for (const a of tagged) {
    if (a.start < nameFrom || a.start >= nameEnd || !fits(a.actorId, a.start)) continue;
    const actor = actors.find((x) => x.id === a.actorId);
    if (anyForm || !actor || !isOtherForm(text.slice(a.start, a.end), actor)) candidates.add(a.actorId);
  }
  for (const m of mentionsIn(text, nameFrom, nameEnd, actors, tagged)) {
    if (!fits(m.actorId, m.start) || !(anyForm || sameWords(text.slice(m.start, m.end), m.name))) continue;
    for (const id of names.owners(m)) candidates.add(id);
  }
  return candidates.size === 1 ? ([...candidates][0] as string) : null;
}

/**
 * Where the quotation holding the statement closes, when the statement
 * starts inside one («…» or "…") and ends before its closing quote; else
 * null. The position is just after the closing quote.
 */
function closingQuote(text: string, paragraphStart: number, start: number, end: number, paragraphEnd: number) {
  let guillemets = 0;
  let straight = false;
  const step = (c: string | undefined) => {
    if (c === '«') guillemets++;
    else if (c === '»') guillemets = Math.max(0, guillemets - 1);
    else if (c === '"') straight = !straight;
  };
  for (let i = paragraphStart; i < start; i++) step(text[i]);
  if (!guillemets && !straight) return null;
  for (let i = start; i < end; i++) step(text[i]);
  if (guillemets) {
    for (let i = end; i < paragraphEnd; i++) {
      step(text[i]);
      if (!guillemets) return i + 1;
    }
  } else if (straight) {
    const close = text.indexOf('"', end);
    if (close !== -1 && close < paragraphEnd) return close + 1;
  }
  return null;
}

/**
 * Untagged names of registry actors lying wholly in text[from, to), with
 * offsets in `text`. Only actors each of whose name's words shares an index
 * term with some word there are scanned for (findOccurrences matches no
 * others), so a registry of hundreds of actors costs one pass over the words
 * plus a scan for the few that may occur.
 */
function mentionsIn(
  text: string,
  from: number,
  to: number,
  actors: readonly Actor[],
  tagged: readonly { start: number; end: number }[],
): NameMention[] {
  if (!actors.length || to <= from) return [];
  const region = text.slice(from, to);
  const terms = new Set<string>();
  for (const w of textWords(region)) for (const t of wordTerms(foldWord(w.word))) terms.add(t);
  const occurs = (clauses: readonly QueryClause[]) =>
    clauses.some((c) => c.words.every((w) => wordTerms(w).some((t) => terms.has(t))));
  const likely = actors.filter((a) => nameClauses(a).some(occurs));
  if (!likely.length) return [];
  const taken = tagged.map((a) => ({ start: a.start - from, end: a.end - from }));
  return findNameMentions(region, likely, taken).map((m) => ({ ...m, start: m.start + from, end: m.end + from }));
}

const parsedNames = new Map<string, QueryClause[]>();

/** Each of the actor's names as findNameMentions parses it (remembered by name, for the next call). */
function nameClauses(actor: Actor): QueryClause[][] {
  return [actor.name, ...actor.aliases].map((name) => {
    let parsed = parsedNames.get(name);
    if (!parsed) {
      parsed = parseQuery(`"${name.replaceAll('"', ' ')}"`);
      if (parsedNames.size >= 20_000) parsedNames.clear();
      parsedNames.set(name, parsed);
    }
    return parsed;
  });
}

/** The folded words of a name or text, joined by spaces: «Касым-Жомарт  Токаев» → "касым жомарт токаев". */
function wordKey(s: string): string {
  return [...s.matchAll(new RegExp(WORD.source, 'gu'))].map((m) => foldWord(m[0])).join(' ');
}

/** True when `a` and `b` are the same words, ignoring case, ё/е and the punctuation between them. */
function sameWords(a: string, b: string): boolean {
  return wordKey(a) === wordKey(b);
}

/** True when tagged words are another grammatical form of one of the actor's names («Токаеву» for Токаев), not the name itself. */
function isOtherForm(words: string, actor: Actor): boolean {
  const names = [actor.name, ...actor.aliases];
  if (names.some((n) => sameWords(words, n))) return false;
  return findNameMentions(words, [actor]).some((m) => m.start === 0 && m.end === words.length);
}

/** Which actors go by a name: usually one, two when two actors share a name or alias. */
class NameOwners {
  private readonly byKey = new Map<string, Set<string>>();

  constructor(actors: readonly Actor[]) {
    for (const actor of actors) {
      for (const name of [actor.name, ...actor.aliases]) {
        const key = wordKey(name);
        const ids = this.byKey.get(key) ?? new Set<string>();
        ids.add(actor.id);
        this.byKey.set(key, ids);
      }
    }
  }

  /** The actors named by a mention: its actor and any other actor with the same name or alias. */
  owners(m: NameMention): Iterable<string> {
    return this.byKey.get(wordKey(m.name)) ?? [m.actorId];
  }
}
