import { type BoilerplateSpan, detectBoilerplate } from './detect-boilerplate.ts';

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

const MONTHS: Record<string, number> = {
  января: 1,
  февраля: 2,
  марта: 3,
  апреля: 4,
  мая: 5,
  июня: 6,
  июля: 7,
  августа: 8,
  сентября: 9,
  октября: 10,
  ноября: 11,
  декабря: 12,
};

const NUMERIC_DATE = /(?<!\d)(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,?\s+(\d{1,2}):(\d{2}))?(?!\d)/;
const WORDED_DATE =
  /(?<!\d)(\d{1,2})\s+(января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)\s+(\d{4})/i;
/** «…, передаёт Aqnews.kz», «сообщает Orda.kz со ссылкой на Акорду». */
const ATTRIBUTION =
  /(?:переда[её]т|сообщает|пишет|информирует|передают|сообщают)\s+([^,.;:\n«»"]+?(?:\.[a-z]{2,6})?)(?:\s+со ссылкой на\s+([^,.;:\n«»"]+))?\s*(?:[.,;:\n]|$)/i;
/** Names that stand for "us" rather than an outlet: the cited source is meant. */
const SELF = /^(наш сайт|наше издание|наш корреспондент|наш портал)$/i;

/**
 * Guesses title, date, outlet and language from the text alone: the first
 * line that is not page furniture is the title; the first date written as
 * 08.09.2023, 12:51 or 14 марта 2024; the outlet named by «передаёт X» or
 * «сообщает X» (or the source it cites, when X is "наш сайт"); the
 * language from its script and letters. Each guess may be null.
 */
export function guessMetadata(
  text: string,
  boilerplate: readonly BoilerplateSpan[] = detectBoilerplate(text),
): GuessedMetadata {
  return {
    title: guessTitle(text, boilerplate),
    date: guessDate(text),
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

function guessDate(text: string): string | null {
  // The first valid date of either form; an impossible one (31 февраля) is passed over.
  for (const numeric of text.matchAll(new RegExp(NUMERIC_DATE.source, 'g'))) {
    const [, d, m, y, hh, mm] = numeric;
    const date = isoDate(Number(y), Number(m), Number(d));
    if (!date) continue;
    return hh && mm && Number(hh) < 24 && Number(mm) < 60 ? `${date}T${hh.padStart(2, '0')}:${mm}` : date;
  }
  for (const worded of text.matchAll(new RegExp(WORDED_DATE.source, 'gi'))) {
    const date = isoDate(Number(worded[3]), MONTHS[worded[2]!.toLowerCase()]!, Number(worded[1]));
    if (date) return date;
  }
  return null;
}

function isoDate(year: number, month: number, day: number): string | null {
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function guessSource(text: string): string | null {
  const match = ATTRIBUTION.exec(text);
  if (!match) return null;
  const named = match[1]!.trim();
  const cited = match[2]?.trim() ?? null;
  if (SELF.test(named)) return cited;
  return named.length <= 60 ? named : null;
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
