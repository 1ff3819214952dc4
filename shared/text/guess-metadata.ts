import { type BoilerplateSpan, detectBoilerplate } from './detect-boilerplate.ts';
import { NUMERIC_DATE, readDate } from './read-date.ts';

/** What an imported text says about itself, for the user to confirm in the import preview. */
export interface GuessedMetadata {
  title: string | null;
  /** ISO: 2023-09-08, or 2023-09-08T12:51 when a time was given. */
  date: string | null;
  /** The outlet the text names as its source («передаёт Aqnews.kz»). */
  source: string | null;
  /** BCP 47: ru, kk or en. */
  language: string | null;
}

/** «…, передаёт Aqnews.kz», «сообщает Orda.kz со ссылкой на Акорду», «передает наш сайт, ссылаясь на пресс-службу Акорды». */
const ATTRIBUTION =
  /(?:переда[её]т|сообщает|пишет|информирует|передают|сообщают)\s+([^,.;:\n«»"]+?(?:\.[a-z]{2,6})?)(?:,?\s+(?:со ссылкой на|ссылаясь на)\s+([^,.;:\n«»"]+))?\s*(?:[.,;:\n]|$)/i;
/** Names that stand for "us" rather than an outlet: the cited source is meant. */
const SELF = /^(наш сайт|наше издание|наш корреспондент|наш портал)$/i;

/**
 * Guesses title, date, outlet and language from the text alone: the first
 * line that is not page furniture is the title; the date of the first date
 * line, else the first date written as 08.09.2023, 12:51 or 14 марта 2024;
 * the outlet named by «передаёт X» or «сообщает X» (or the source it cites,
 * put in the nominative, when X is "наш сайт"); the
 * language from its script and letters. Each guess may be null.
 */
export function guessMetadata(
  text: string,
  boilerplate: readonly BoilerplateSpan[] = detectBoilerplate(text),
): GuessedMetadata {
  return {
    title: guessTitle(text, boilerplate),
    date: guessDate(text, boilerplate),
    source: guessSource(text),
    language: guessLanguage(text),
  };
}

function guessTitle(text: string, boilerplate: readonly BoilerplateSpan[]): string | null {
  let at = 0;
  for (const line of text.split('\n')) {
    const start = at;
    at += line.length + 1;
    const trimmed = line.trim();
    if (!trimmed || boilerplate.some((b) => b.start <= start && start < b.end)) continue;
    if (NUMERIC_DATE.test(trimmed) && trimmed.length < 25) continue;
    return trimmed.length > 300 ? `${trimmed.slice(0, 299)}…` : trimmed;
  }
  return null;
}

/**
 * The date of the first date line proposed as furniture (its reason says the
 * date was read from it), else the first valid date anywhere in the text.
 */
function guessDate(text: string, boilerplate: readonly BoilerplateSpan[]): string | null {
  const line = boilerplate.find((b) => b.kind === 'date-line');
  return (line && readDate(text.slice(line.start, line.end))) || readDate(text);
}

function guessSource(text: string): string | null {
  const match = ATTRIBUTION.exec(text);
  if (!match) return null;
  const named = match[1]!.trim();
  const cited = match[2]?.trim() ?? null;
  // The cited source follows «на», so it is in the accusative: it is put back in the nominative.
  if (SELF.test(named)) return cited && nominative(cited);
  return named.length <= 60 ? named : null;
}

const CYRILLIC_WORD = /^[\p{Script=Cyrillic}-]{3,}$/u;
/** -ую, -юю: «Национальную» → «Национальная», «Верхнюю» → «Верхняя». */
const ADJECTIVE_ACCUSATIVE = /([уюУЮ])([юЮ])$/u;
/** -у after a consonant (службу → служба, Акорду → Акорда), or -ю (администрацию → администрация, статью → статья). */
const NOUN_ACCUSATIVE = /(?<=[^аеёиоуыэюяАЕЁИОУЫЭЮЯ-])[уУ]$|[юЮ]$/u;

/**
 * A source cited «со ссылкой на X» as it is named on its own: «пресс-службу
 * Акорды» → «пресс-служба Акорды», «Национальную гвардию» → «Национальная
 * гвардия», so that one outlet is one value in the Source field and its
 * filter. After «на» the phrase is in the accusative, where only feminine
 * words differ from the nominative: adjectives in -ую/-юю and nouns in -у/-ю
 * (служба, администрация, Акорда). So only those change, in the leading
 * adjectives and the head noun; what follows the head is a genitive
 * complement («Акорды», «МВД») and stays. Neuter and inanimate masculine
 * words (агентство, сайт, официальный портал) read the same in both cases,
 * and Latin names are left alone. Not handled, being rare in a cited
 * source: animate masculine nouns («на министра») and indeclinable names in
 * -у («на Шойгу»), which this would wrongly change.
 */
export function nominative(phrase: string): string {
  const words = phrase.split(' ');
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (!CYRILLIC_WORD.test(word)) break;
    if (ADJECTIVE_ACCUSATIVE.test(word)) {
      words[i] = word.replace(ADJECTIVE_ACCUSATIVE, (_, a: string, b: string) => swap(a) + swap(b));
      continue;
    }
    words[i] = word.replace(NOUN_ACCUSATIVE, swap);
    break;
  }
  return words.join(' ');
}

/** The nominative ending for an accusative one, in the same case of letter. */
function swap(letter: string): string {
  return ({ у: 'а', У: 'А', ю: 'я', Ю: 'Я' } as Record<string, string>)[letter] ?? letter;
}

const KAZAKH_LETTERS = /[әғқңөұүһі]/giu;

function guessLanguage(text: string): string | null {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters < 20) return null;
  const cyrillic = text.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  if (cyrillic > letters / 2) {
    const kazakh = text.match(KAZAKH_LETTERS)?.length ?? 0;
    return kazakh > cyrillic * 0.01 ? 'kk' : 'ru';
  }
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  return latin > letters / 2 && /\b(the|and|of|to|in)\b/i.test(text) ? 'en' : null;
}
