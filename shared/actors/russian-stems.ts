/**
 * Case and number endings of Russian nouns, adjectives and surnames, written
 * with е for ё (words are folded first). Not a grammar: just enough that
 * "Токаева", "Токаеву", "Токаевым" and "президента Казахстана" reach the
 * registry's nominative "Токаев" and «президент Казахстана».
 */
export const RUSSIAN_ENDINGS: readonly string[] = [
  // nouns
  'а я о е ы и у ю ь й ом ем ой ей ою ею ью ам ям ах ях ов ев ами ями',
  'ия ии ию ией иям иях иями',
  // adjectives
  'ый ий ая яя ое ее ые ие ую юю ым им ых их ого его ому ему ыми ими',
]
  .join(' ')
  .split(' ');

const ENDINGS = new Set(RUSSIAN_ENDINGS);
const LONGEST_ENDING = Math.max(...RUSSIAN_ENDINGS.map((ending) => ending.length));

/** A stem shorter than this is too unspecific to compare ("Ан", "ОД"). */
export const MIN_STEM_LENGTH = 3;

/**
 * Every stem a folded word may have: the word itself, and the word without
 * each ending it has that leaves at least MIN_STEM_LENGTH letters.
 *
 * Two words are taken as forms of one another when their stem lists share an
 * entry. Keeping all candidates rather than one "right" stem is what makes a
 * crude ending list work in both directions: "токаева" (→ токаев) meets
 * "токаев" (→ токаев, тока), "сергея" (→ серге) meets "сергей" (→ серге,
 * серг). The cost is the odd false friend ("ивана" meets "иванов"), which
 * search ranks below every exact and prefix match.
 */
export function russianStems(word: string): string[] {
  const stems = [word];
  for (let length = 1; length <= LONGEST_ENDING && word.length - length >= MIN_STEM_LENGTH; length++) {
    if (ENDINGS.has(word.slice(-length))) stems.push(word.slice(0, -length));
  }
  return stems;
}
