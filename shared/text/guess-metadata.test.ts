import { describe, expect, it } from 'vitest';
import { readSeed, seedsMissing } from '../testing/read-seed.ts';
import { guessMetadata, nominative } from './guess-metadata.ts';

if (seedsMissing) console.log(`guess-metadata: seed tests skipped: ${seedsMissing}.`);
const seed = (prefix: string) => readSeed(prefix);

describe('guessMetadata on written examples', () => {
  it('finds the title, a numeric date with time, the outlet and the language', () => {
    const text =
      '494.87\n\nСовещание по безопасности прошло в Астане\n\n14.03.2024, 09:05\nМинистры обсудили угрозы, передаёт Example.kz.';
    expect(guessMetadata(text)).toEqual({
      title: 'Совещание по безопасности прошло в Астане',
      date: '2024-03-14T09:05',
      source: 'Example.kz',
      language: 'ru',
    });
  });

  it('reads a worded date, prefers the cited source over “наш сайт”, and refuses impossible dates', () => {
    const text =
      'Заголовок\nАСТАНА, 31 февраля 2024. Совет заседал 14 марта 2024 года, передает наш сайт со ссылкой на пресс-службу Акорды.';
    const guessed = guessMetadata(text);
    expect(guessed.date).toBe('2024-03-14');
    expect(guessed.source).toBe('пресс-служба Акорды');
    expect(
      guessMetadata('Title\n31.02.2024 the ministers met and talked of the threats to the region.').date,
    ).toBeNull();
  });

  it('reads the date from the date line before a date in the text, with a worded time too', () => {
    expect(guessMetadata('Заголовок\n12.03.2024 был срок.\n').date).toBe('2024-03-12');
    expect(guessMetadata('Заголовок\nСрок истёк 12.03.2024.\n14 марта 2024 г., 09:05\n').date).toBe('2024-03-14T09:05');
  });

  it('puts a source cited after «наш сайт» in the nominative, also when «ссылаясь на»', () => {
    const cited = (phrase: string) => guessMetadata(`Заголовок\nСовет заседал, передает наш сайт${phrase}.`).source;
    expect(cited(' со ссылкой на пресс-службу Акорды')).toBe('пресс-служба Акорды');
    expect(cited(', ссылаясь на пресс-службу МВД')).toBe('пресс-служба МВД');
    expect(cited(' со ссылкой на Акорду')).toBe('Акорда');
    expect(cited(' со ссылкой на агентство Казинформ')).toBe('агентство Казинформ');
    // Named by the text itself (the subject of «передаёт»): already in the nominative, kept as written.
    expect(guessMetadata('Заголовок\nСовет заседал, сообщает пресс-служба Акорды.').source).toBe('пресс-служба Акорды');
  });

  it('nominative: feminine -у/-ю and adjectives -ую/-юю of the head change, the rest stays', () => {
    expect(nominative('пресс-службу Акорды')).toBe('пресс-служба Акорды');
    expect(nominative('службу государственной охраны')).toBe('служба государственной охраны');
    expect(nominative('администрацию президента')).toBe('администрация президента');
    expect(nominative('Национальную гвардию')).toBe('Национальная гвардия');
    expect(nominative('Верхнюю палату')).toBe('Верхняя палата');
    expect(nominative('статью Ulysmedia.kz')).toBe('статья Ulysmedia.kz');
    expect(nominative('агентство Казинформ')).toBe('агентство Казинформ');
    expect(nominative('официальный сайт Акорды')).toBe('официальный сайт Акорды');
    expect(nominative('министерство внутренних дел')).toBe('министерство внутренних дел');
    expect(nominative('ТАСС')).toBe('ТАСС');
    expect(nominative('Tengrinews.kz')).toBe('Tengrinews.kz');
    expect(nominative('ПРЕСС-СЛУЖБУ МИД')).toBe('ПРЕСС-СЛУЖБА МИД');
  });

  it('tells English and Kazakh from Russian', () => {
    expect(guessMetadata('The ministers of the member states agreed to act against terrorism.').language).toBe('en');
    expect(
      guessMetadata('Қазақстан Республикасының Президенті терроризмге қарсы іс-қимыл туралы айтты.').language,
    ).toBe('kk');
  });
});

describe.skipIf(seedsMissing !== null)('guessMetadata on the seed articles', () => {
  it('finds the date of seed 002 and the outlets of seeds 001–004', () => {
    expect(guessMetadata(seed('002')).date).toBe('2023-09-08T12:51');
    expect(guessMetadata(seed('001')).source).toBe('Aqnews.kz');
    expect(guessMetadata(seed('002')).source).toBe('Ulysmedia.kz');
    // «передает наш сайт со ссылкой на пресс-службу Акорды»: the cited source, in the nominative.
    expect(guessMetadata(seed('003')).source).toBe('пресс-служба Акорды');
    expect(guessMetadata(seed('004')).source).toBe('Orda.kz');
  });

  it('takes the headline, not the ticker, as the title, and every seed as Russian', () => {
    expect(guessMetadata(seed('002')).title).toBe(
      'Порядка 80 тысяч казахстанцев являются участниками запрещенных сообществ в соцсетях',
    );
    expect(guessMetadata(seed('000')).title).toMatch(/^События продемонстрировали/);
    for (const p of ['000', '001', '002', '003', '004']) expect(guessMetadata(seed(p)).language).toBe('ru');
  });
});
