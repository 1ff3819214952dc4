import { describe, expect, it } from 'vitest';
import { type Annotation, AnnotationSchema } from '../model/annotation.ts';
import { annotateSpan } from './annotate-span.ts';
import { findQuote, mapAnnotationsThroughChanges, reattachAnnotation } from './map-annotations.ts';
import { applyTextChanges, diffTexts, type TextChange } from './text-change.ts';
import { describeQuote } from './text-quote.ts';

const CREATED = '2025-05-01T09:00:00.000Z';
const NOW = '2025-05-02T10:30:00.000Z';

/** An annotation of the `occurrence`-th (from 0) appearance of `words` in `text`. */
function annotate(text: string, id: string, words: string, occurrence = 0): Annotation {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(words, start + 1);
  if (start < 0) throw new Error(`"${words}" is not in the fixture`);
  return annotateSpan(
    text,
    { id, documentId: 'doc-1', coderId: 'coder-1', tagId: 'tag-1', start, end: start + words.length },
    CREATED,
  );
}

/** Maps the annotations and checks the fixture: the changes must turn `before` into `after`. */
function mapThrough(before: string, after: string, annotations: Annotation[], changes: TextChange[]) {
  expect(applyTextChanges(before, changes)).toBe(after);
  const result = mapAnnotationsThroughChanges(before, after, annotations, changes, NOW);
  for (const a of result.annotations) AnnotationSchema.parse(a);
  return result;
}

const L1 = 'Министры обсудили сотрудничество ШОС в борьбе с терроризмом.\n'; // 61 code units
const L2 = 'Делегация Китая предложила создать общий центр.\n'; // 48
const L3 = 'Генсек ОДКБ поддержал инициативу Казахстана.'; // 44

describe('mapAnnotationsThroughChanges', () => {
  it('keeps a span in place when a typo inside it is fixed, and retakes its quote', () => {
    const before = 'Министры обсудили сотрудничество ШОС в борьбе с терроизмом.';
    const after = 'Министры обсудили сотрудничество ШОС в борьбе с терроризмом.';
    const fight = annotate(before, 'fight', 'борьбе с терроизмом');
    const sco = annotate(before, 'sco', 'ШОС');
    const ministers = annotate(before, 'ministers', 'Министры');
    const { annotations, orphaned, moved } = mapThrough(
      before,
      after,
      [fight, sco, ministers],
      [{ from: 53, to: 53, insert: 'р' }],
    );

    const [f, s, m] = annotations;
    expect(f).toMatchObject({ start: 39, end: 59, modified: NOW });
    expect(f!.quote).toEqual({ exact: 'борьбе с терроризмом', prefix: before.slice(7, 39), suffix: '.' });
    expect(after.slice(f!.start, f!.end)).toBe('борьбе с терроризмом');
    // "ШОС" did not move, but the typo was inside its 32 characters of suffix.
    expect(s).toMatchObject({ start: 33, end: 36, modified: NOW });
    expect(s!.quote.suffix).toBe(' в борьбе с терроризмом.');
    expect(s).not.toHaveProperty('orphaned');
    // "Министры" is more than 32 characters away: the same object, untouched.
    expect(m).toBe(ministers);
    expect(m!.modified).toBe(CREATED);
    expect(orphaned).toEqual([]);
    expect(moved).toEqual([]);
  });

  it('does not pull text typed at the exact start or end of a span into it', () => {
    const before = 'Министры обсудили сотрудничество ШОС в борьбе с терроризмом.';
    const sco = annotate(before, 'sco', 'ШОС');

    const atStart = mapThrough(
      before,
      before.replace('ШОС', 'стран ШОС'),
      [sco],
      [{ from: 33, to: 33, insert: 'стран ' }],
    );
    expect(atStart.annotations[0]).toMatchObject({ start: 39, end: 42 });
    expect(atStart.annotations[0]!.quote.exact).toBe('ШОС');

    const atEnd = mapThrough(
      before,
      before.replace('ШОС', 'ШОС и ОДКБ'),
      [sco],
      [{ from: 36, to: 36, insert: ' и ОДКБ' }],
    );
    expect(atEnd.annotations[0]).toMatchObject({ start: 33, end: 36 });
    expect(atEnd.annotations[0]!.quote).toEqual({
      exact: 'ШОС',
      prefix: 'инистры обсудили сотрудничество ',
      suffix: ' и ОДКБ в борьбе с терроризмом.',
    });
  });

  it('shifts every span after a deleted junk line', () => {
    const junk = '### РЕКЛАМА: подпишитесь на канал ###\n';
    expect(junk.length).toBe(38);
    const before = `Сводка новостей\n${junk}${L1}${L3}`;
    const after = `Сводка новостей\n${L1}${L3}`;
    const spans = [
      annotate(before, 'title', 'Сводка новостей'),
      annotate(before, 'coop', 'сотрудничество ШОС'),
      annotate(before, 'csto', 'ОДКБ'),
      annotate(before, 'kz', 'инициативу Казахстана'),
    ];
    expect(spans.map((a) => a.start)).toEqual([0, 72, 122, 137]);
    const { annotations, orphaned } = mapThrough(before, after, spans, [{ from: 16, to: 54, insert: '' }]);

    expect(annotations.map((a) => [a.start, a.end])).toEqual([
      [0, 15],
      [34, 52],
      [84, 88],
      [99, 120],
    ]);
    expect(annotations.map((a) => after.slice(a.start, a.end))).toEqual([
      'Сводка новостей',
      'сотрудничество ШОС',
      'ОДКБ',
      'инициативу Казахстана',
    ]);
    expect(annotations[0]!.quote.suffix).toBe('\nМинистры обсудили сотрудничеств');
    expect(orphaned).toEqual([]);
  });

  it('orphans a span whose line was deleted, keeping its quote, and trims one cut by the deletion', () => {
    const before = L1 + L2 + L3;
    const after = L1 + L3;
    const centre = annotate(before, 'centre', 'общий центр');
    const across = annotate(before, 'across', 'терроризмом.\nДелегация Китая');
    const csto = annotate(before, 'csto', 'ОДКБ');
    expect([centre.start, across.start, across.end, csto.start]).toEqual([96, 48, 76, 116]);
    const { annotations, orphaned, moved } = mapThrough(
      before,
      after,
      [centre, across, csto],
      [{ from: 61, to: 109, insert: '' }],
    );

    const [c, x, o] = annotations;
    expect(c).toEqual({ ...centre, start: 61, end: 61, orphaned: true, modified: NOW });
    expect(c!.quote).toBe(centre.quote);
    expect(orphaned).toEqual(['centre']);
    expect(moved).toEqual([]);
    // Only the part of the span that survived is left.
    expect(x).toMatchObject({ start: 48, end: 61 });
    expect(after.slice(x!.start, x!.end)).toBe('терроризмом.\n');
    expect(x!.quote.exact).toBe('терроризмом.\n');
    expect(o).toMatchObject({ start: 68, end: 72 });
    expect(after.slice(o!.start, o!.end)).toBe('ОДКБ');
  });

  it('orphans a span whose words were all retyped, even though its width survives', () => {
    const before = L1;
    const after = L1.replace('ШОС', 'ОДКБ');
    const sco = annotate(before, 'sco', 'ШОС');
    const { annotations, orphaned } = mapThrough(before, after, [sco], [{ from: 33, to: 36, insert: 'ОДКБ' }]);
    expect(annotations[0]).toMatchObject({ start: 33, end: 33, orphaned: true, quote: sco.quote });
    expect(orphaned).toEqual(['sco']);
  });

  it('re-anchors deleted words to the occurrence whose context matches best', () => {
    // The first paragraph is cut and pasted after the second: another "ШОС" is closer to where it was.
    const L2b = 'Саммит ШОС прошёл в Астане.\n';
    const before = L1 + L2b;
    const after = L2b + L1;
    const sco = annotate(before, 'sco', 'ШОС');
    const coop = annotate(before, 'coop', 'сотрудничество ШОС');
    const summit = annotate(before, 'summit', 'ШОС', 1);
    expect([sco.start, coop.start, summit.start]).toEqual([33, 18, 68]);
    const { annotations, orphaned, moved } = mapThrough(
      before,
      after,
      [sco, coop, summit],
      [
        { from: 0, to: 61, insert: '' },
        { from: 28, to: 28, insert: L1 },
      ],
    );

    const [s, c, m] = annotations;
    expect(s).toMatchObject({ start: 61, end: 64, modified: NOW });
    expect(s).not.toHaveProperty('orphaned');
    expect(s!.quote).toEqual(describeQuote(after, 61, 64));
    expect(c).toMatchObject({ start: 46, end: 64 });
    expect(after.slice(c!.start, c!.end)).toBe('сотрудничество ШОС');
    expect(m).toMatchObject({ start: 7, end: 10 });
    expect(moved).toEqual(['sco', 'coop']);
    expect(orphaned).toEqual([]);
  });

  it('maps overlapping and nested spans alike', () => {
    const before = 'Министры обсудили сотрудничество ШОС в борбе с терроризмом.';
    const after = 'Министры обсудили тесное сотрудничество ШОС в борьбе с терроризмом.';
    const spans = [
      annotate(before, 'a', 'сотрудничество ШОС в борбе'),
      annotate(before, 'b', 'ШОС в борбе с терроризмом'),
      annotate(before, 'c', 'ШОС'),
      annotate(before, 'd', before.slice(0, -1)),
    ];
    const { annotations } = mapThrough(before, after, spans, [
      { from: 18, to: 18, insert: 'тесное ' },
      { from: 49, to: 49, insert: 'ь' },
    ]);
    expect(annotations.map((a) => [a.start, a.end])).toEqual([
      [25, 52],
      [40, 66],
      [40, 43],
      [0, 66],
    ]);
    expect(annotations.map((a) => after.slice(a.start, a.end))).toEqual([
      'сотрудничество ШОС в борьбе',
      'ШОС в борьбе с терроризмом',
      'ШОС',
      'Министры обсудили тесное сотрудничество ШОС в борьбе с терроризмом',
    ]);
    expect(annotations.map((a) => a.quote.exact)).toEqual(annotations.map((a) => after.slice(a.start, a.end)));
  });

  it('applies several sequential changes, each in the text the previous one left', () => {
    const before = L1 + L3;
    const after =
      'Подробно обсудили сотрудничество ШОС в борьбе с терроризмом.\nГенсек ОДКБ одобрил инициативу Казахстана.';
    const changes: TextChange[] = [
      { from: 8, to: 8, insert: ' подробно' }, // before every span
      { from: 82, to: 91, insert: 'одобрил' }, // between two spans; "поддержал" is at 82 only after the first change
      { from: 0, to: 10, insert: 'П' }, // before every span again
    ];
    const spans = [
      annotate(before, 'coop', 'сотрудничество ШОС'),
      annotate(before, 'csto', 'ОДКБ'),
      annotate(before, 'kz', 'Казахстана'),
    ];
    expect(spans.map((a) => a.start)).toEqual([18, 68, 94]);
    const { annotations, orphaned, moved } = mapThrough(before, after, spans, changes);
    expect(annotations.map((a) => [a.start, a.end])).toEqual([
      [18, 36],
      [68, 72],
      [92, 102],
    ]);
    expect(annotations.map((a) => after.slice(a.start, a.end))).toEqual(['сотрудничество ШОС', 'ОДКБ', 'Казахстана']);
    expect(orphaned).toEqual([]);
    expect(moved).toEqual([]);
  });

  it('handles emoji and CRLF: a CRLF line deleted, then a typo fixed after an emoji', () => {
    const before =
      'Сводка 🛡️ ОДКБ\r\n' +
      'черновик — удалить\r\n' +
      'Рост 📈 угроз террризма в регионе ШОС.\r\n' +
      'Министры обсудили сотрудничество.';
    const middle = 'Сводка 🛡️ ОДКБ\r\nРост 📈 угроз террризма в регионе ШОС.\r\nМинистры обсудили сотрудничество.';
    const after = 'Сводка 🛡️ ОДКБ\r\nРост 📈 угроз терроризма в регионе ШОС.\r\nМинистры обсудили сотрудничество.';
    const changes = [diffTexts(before, middle)!, diffTexts(middle, after)!];
    expect(changes).toEqual([
      { from: 17, to: 37, insert: '' },
      { from: 35, to: 35, insert: 'о' },
    ]);

    const spans = [
      annotate(before, 'csto', 'ОДКБ'),
      annotate(before, 'draft', 'черновик'),
      annotate(before, 'chart', '📈 угроз'),
      annotate(before, 'threat', 'угроз террризма'),
      annotate(before, 'sco', 'ШОС'),
      annotate(before, 'ministers', 'Министры обсудили'),
    ];
    expect(spans.map((a) => [a.start, a.end])).toEqual([
      [11, 15],
      [17, 25],
      [42, 50],
      [45, 60],
      [71, 74],
      [77, 94],
    ]);
    const { annotations, orphaned } = mapThrough(before, after, spans, changes);
    expect(annotations.map((a) => [a.start, a.end])).toEqual([
      [11, 15],
      [17, 17],
      [22, 30],
      [25, 41],
      [52, 55],
      [58, 75],
    ]);
    expect(annotations.map((a) => after.slice(a.start, a.end))).toEqual([
      'ОДКБ',
      '',
      '📈 угроз',
      'угроз терроризма',
      'ШОС',
      'Министры обсудили',
    ]);
    expect(annotations[1]).toMatchObject({ orphaned: true, quote: { exact: 'черновик' } });
    expect(orphaned).toEqual(['draft']);
    expect(annotations[3]!.quote).toEqual({
      exact: 'угроз терроризма',
      prefix: 'Сводка 🛡️ ОДКБ\r\nРост 📈 ',
      suffix: ' в регионе ШОС.\r\nМинистры обсуди',
    });
  });

  it('returns untouched annotations as the same objects', () => {
    const before = L1 + L2 + L3;
    const after = L1 + L2.replace('общий', 'новый') + L3;
    const ministers = annotate(before, 'ministers', 'Министры');
    const kz = annotate(before, 'kz', 'Казахстана');
    const centre = annotate(before, 'centre', 'общий центр');
    const lost: Annotation = { ...annotate(before, 'lost', 'ШОС'), start: 20, end: 20, orphaned: true };
    const input = [ministers, kz, centre, lost];

    const { annotations } = mapThrough(before, after, input, [{ from: 96, to: 101, insert: 'новый' }]);
    expect(annotations[0]).toBe(ministers);
    expect(annotations[1]).toBe(kz);
    expect(annotations[2]).not.toBe(centre);
    expect(annotations[2]).toMatchObject({ start: 96, end: 107, modified: NOW });
    expect(annotations[2]!.quote.exact).toBe('новый центр');
    expect(annotations[3]).toBe(lost);

    const unchanged = mapAnnotationsThroughChanges(before, before, input, [], NOW);
    expect(unchanged.annotations).toHaveLength(4);
    unchanged.annotations.forEach((a, i) => {
      expect(a).toBe(input[i]);
    });
  });

  it('moves an orphaned annotation with the text but keeps it orphaned', () => {
    const before = L1 + L2;
    const after = L1.slice(9) + L2;
    // Its words "ШОС" are still in the text, but an orphan waits for the user to re-attach it.
    const lost: Annotation = { ...annotate(before, 'lost', 'общий центр'), start: 40, end: 40, orphaned: true };
    const { annotations, orphaned, moved } = mapThrough(before, after, [lost], [{ from: 0, to: 9, insert: '' }]);
    expect(annotations[0]).toEqual({ ...lost, start: 31, end: 31, modified: NOW });
    expect(orphaned).toEqual([]);
    expect(moved).toEqual([]);
  });

  it('refuses changes that do not match the texts', () => {
    expect(() => mapAnnotationsThroughChanges('ШОС', 'ОДКБ', [], [{ from: 0, to: 3, insert: 'СНГ' }], NOW)).toThrow(
      'the changes make a text of 3 characters, not 4',
    );
    expect(() => mapAnnotationsThroughChanges('ШОС', 'ШОС', [], [{ from: 2, to: 5, insert: '' }], NOW)).toThrow(
      'change 1 (2..5) does not fit a text of 3 characters',
    );
  });
});

describe('findQuote', () => {
  const text = 'ШОС и ОДКБ. Саммит ШОС в Астане. Министры обсудили сотрудничество ШОС в борьбе с терроризмом.';

  it('prefers the occurrence whose prefix and suffix match', () => {
    const quote = { exact: 'ШОС', prefix: 'сотрудничество ', suffix: ' в борьбе' };
    expect(findQuote(text, quote, 0)).toEqual({ start: 66, end: 69 });
    // Context matching only the suffix " в " is still better than none.
    expect(findQuote(text, { exact: 'ШОС', prefix: '', suffix: ' в Х' }, 0)).toEqual({ start: 19, end: 22 });
  });

  it('breaks ties by closeness to the hint', () => {
    const quote = { exact: 'ШОС', prefix: '', suffix: '' };
    expect(findQuote(text, quote, 0)).toEqual({ start: 0, end: 3 });
    expect(findQuote(text, quote, 25)).toEqual({ start: 19, end: 22 });
    expect(findQuote(text, quote, 60)).toEqual({ start: 66, end: 69 });
  });

  it('returns null when the words occur nowhere', () => {
    expect(findQuote(text, { exact: 'НАТО', prefix: '', suffix: '' }, 0)).toBeNull();
  });

  it('is fast on a million characters full of candidates', () => {
    const filler = 'ШОС, '.repeat(200_000);
    const big = `${filler}Министры обсудили сотрудничество ШОС в борьбе с терроризмом.`;
    expect(big.length).toBeGreaterThan(1_000_000);
    const started = Date.now();
    // Only the first 1000 occurrences are weighed; of those matching all their context, the last is nearest the hint.
    const found = findQuote(big, { exact: 'ШОС', prefix: 'ШОС, ', suffix: ', ШОС' }, big.length);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(found).toEqual({ start: 4995, end: 4998 });
  });
});

describe('reattachAnnotation', () => {
  it('anchors an orphan at a new span with a fresh quote', () => {
    const text = L1 + L3;
    const lost: Annotation = { ...annotate(text, 'lost', 'ШОС'), start: 61, end: 61, orphaned: true };
    const back = reattachAnnotation(text, lost, 68, 72, NOW);
    expect(back).toEqual({
      ...lost,
      orphaned: undefined,
      start: 68,
      end: 72,
      quote: describeQuote(text, 68, 72),
      modified: NOW,
    });
    expect('orphaned' in back).toBe(false);
    expect(back.quote.exact).toBe('ОДКБ');
    expect(back.created).toBe(CREATED);
    expect(AnnotationSchema.parse(back)).toEqual(back);
  });

  it('refuses an empty span or one that cuts an emoji', () => {
    const text = 'Рост 📈 угроз';
    const a = annotate(text, 'a', 'угроз');
    expect(() => reattachAnnotation(text, a, 3, 3, NOW)).toThrow('Cannot re-attach annotation a: the span is empty');
    expect(() => reattachAnnotation(text, a, 6, 8, NOW)).toThrow('in half');
  });
});

describe('re-anchoring needs context', () => {
  it('orphans a deleted span rather than moving it to the same word in another context', () => {
    const before = 'В Астане заседал совет ШОС по безопасности.\nДелегации ШОС разъехались домой.';
    const start = before.indexOf('ШОС');
    const a = annotateSpan(before, { id: 'sco', documentId: 'd', coderId: 'c', tagId: 't', start, end: start + 3 });
    const lineEnd = before.indexOf('\n') + 1;
    const after = before.slice(lineEnd);
    const result = mapAnnotationsThroughChanges(before, after, [a], [{ from: 0, to: lineEnd, insert: '' }]);
    expect(result.orphaned).toEqual(['sco']);
    expect(result.annotations[0]).toMatchObject({ orphaned: true, start: 0, end: 0 });
  });
});
