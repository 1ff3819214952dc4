/**
 * News-like Russian text for the corpus benchmarks: a vocabulary of about
 * 15,000 invented stems in a dozen case endings (some 200,000 word forms,
 * as a real news corpus has), common words far more frequent than rare
 * ones, and a few real names and phrases the searches look for.
 */
const syllables = [
  'ка',
  'ро',
  'ми',
  'сто',
  'ва',
  'не',
  'ли',
  'пре',
  'тер',
  'зи',
  'дент',
  'ор',
  'га',
  'ни',
  'за',
  'ция',
  'без',
  'опас',
  'ность',
  'сов',
  'мест',
  'уче',
  'ния',
  'рай',
  'он',
  'пол',
  'ит',
  'ик',
  'мо',
  'ду',
];
const endings = [
  '',
  'а',
  'у',
  'ом',
  'ы',
  'ов',
  'ам',
  'ами',
  'ах',
  'е',
  'ой',
  'ей',
  'ого',
  'ому',
  'ым',
  'ые',
  'ых',
  'ая',
  'ую',
];
const names = ['Токаев', 'Токаева', 'Токаеву', 'Токаевым', 'ШОС', 'ОДКБ', 'терроризма', 'терроризму', 'экстремизмом'];
const phrase = 'совместные учения';

export function vocabulary(random: () => number): string[] {
  const stems: string[] = [];
  for (let i = 0; i < 15_000; i++) {
    let stem = '';
    const n = 2 + Math.floor(random() * 3);
    for (let j = 0; j < n; j++) stem += syllables[Math.floor(random() * syllables.length)];
    stems.push(stem);
  }
  return stems;
}

/** About `length` characters in paragraphs of a few sentences. */
export function newsText(length: number, stems: readonly string[], random: () => number): string {
  let text = '';
  let sentence = 0;
  while (text.length < length) {
    const r = random();
    let word: string;
    if (r < 0.01) word = names[Math.floor(random() * names.length)] as string;
    else if (r < 0.012) word = phrase;
    else
      word =
        (stems[Math.floor(random() ** 3 * stems.length)] as string) + endings[Math.floor(random() * endings.length)];
    text += sentence === 0 ? word[0]?.toUpperCase() + word.slice(1) : ` ${word}`;
    sentence++;
    if (sentence > 8 && random() < 0.15) {
      text += random() < 0.2 ? '.\n\n' : '. ';
      sentence = 0;
    }
  }
  return `${text}.`;
}
