import { describe, expect, it } from 'vitest';
import { translator } from '../../../../shared/i18n/i18n.ts';
import { defaultCodebook } from '../../../../shared/model/codebook.ts';
import { coderA, coderB, fixtureReport } from './agreement-report.fixture.ts';
import { figureText } from './figure-words.ts';
import { documentRows, pairRows, tagRows } from './report-rows.ts';

const ru = translator('ru');
const { tags } = defaultCodebook('ru');

describe('the report tables, on a report as the core sends it', () => {
  it('names tags by their codebook path, and a tag the codebook lacks by its id', () => {
    const rows = tagRows(ru, tags, fixtureReport);
    expect(rows.map((r) => r.name)).toContain('Утверждение › Оценка угрозы');
    expect(rows.at(-1)?.name).toBe('тег removed-colleague-tag');
    expect(rows[0]?.unitizing?.value).toBe(0.81);
  });

  it('lists documents with the most disagreements first', () => {
    const rows = documentRows(fixtureReport, 'ru');
    expect(rows.map((r) => r.extra)).toEqual([8, 5, 3, 0]);
    expect(rows[0]?.title).toMatch(/^Заявление министров/);
  });

  it('names each pair by its coders', () => {
    const names = { [coderA.id]: coderA.name, [coderB.id]: coderB.name };
    const [pair] = pairRows(ru, fixtureReport, (id) => names[id] ?? id);
    expect(pair?.name).toBe(`${coderA.name} — ${coderB.name}`);
  });

  it('words every undefined figure, never a number', () => {
    const [, , , empty] = documentRows(fixtureReport, 'ru');
    expect(figureText(ru, 'ru', empty?.figures.alpha ?? null)).toBe('не определён: нет единиц для сравнения');
    const actors = fixtureReport.perTag.find((r) => r.tagId === 'actor-mention');
    expect(figureText(ru, 'ru', actors?.unitizing ?? null)).toBe('не определён: только одна категория');
    expect(figureText(ru, 'ru', actors?.figures.percent ?? null)).toBe('1,000');
  });

  it('has a confusion matrix with a "not marked" row and column beyond its labels', () => {
    const { labels, counts } = fixtureReport.confusion;
    expect(counts).toHaveLength(labels.length + 1);
    for (const row of counts) expect(row).toHaveLength(labels.length + 1);
  });
});
