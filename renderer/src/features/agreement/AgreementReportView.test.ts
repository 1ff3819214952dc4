import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { defaultCodebook } from '../../../../shared/model/codebook.ts';
import { i18n } from '../../i18n/i18n.ts';
import { coderA, coderB, fixtureReport } from './agreement-report.fixture.ts';
import { AgreementReportView } from './AgreementReportView.tsx';

// No core behind this test: the report is given, and nothing here calls the api.
vi.mock('../../store/api.ts', () => ({ api: null, requireApi: () => ({}) }));

/** The report as the window draws it, from a report as the core sends it (rendered to markup, no browser). */
async function render(language: 'en' | 'ru', report = fixtureReport): Promise<string> {
  await i18n.changeLanguage(language);
  const names: Record<string, string> = { [coderA.id]: coderA.name, [coderB.id]: coderB.name };
  return renderToStaticMarkup(
    createElement(AgreementReportView, {
      report,
      query: {
        coderIds: [coderA.id, coderB.id],
        documents: { all: true },
        tagIds: null,
        withSubtags: true,
        unit: { mode: 'overlap', threshold: 0.5 },
      },
      tags: defaultCodebook(language).tags,
      nameOf: (id: string) => names[id] ?? id,
      stale: null,
      onRecompute: () => {},
    }),
  );
}

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

afterAll(() => i18n.changeLanguage('en'));

describe('the agreement report', () => {
  it('shows how units were formed, first', async () => {
    const html = await render('en');
    const words = text(html);
    expect(html.indexOf('How units were formed')).toBeLessThan(html.indexOf('Overall'));
    expect(words).toContain('share at least 0.5 of their characters');
    expect(words).toMatch(/Units found 48 .*every coder.* 39 .* 9 /);
    expect(words).toMatch(/Orphaned annotations left out \(their text was deleted\) 2/);
  });

  it('gives every coefficient with what it is for, the units it used, and never NaN', async () => {
    const words = text(await render('en'));
    for (const name of ['Percent agreement', 'Cohen’s κ', 'Fleiss’ κ', 'Krippendorff’s α', 'Gwet’s AC1', 'αu']) {
      expect(words).toContain(name);
    }
    expect(words).toContain('0.692');
    expect(words).toContain('over 39 of 48 units');
    expect(words).toContain('stable when one tag dominates');
    expect(words).not.toMatch(/NaN|Infinity/);
  });

  it('says why a figure is undefined, in Russian too, with real plurals', async () => {
    const words = text(await render('ru'));
    expect(words).toContain('не определён: только одна категория');
    expect(words).toContain('не определён: нет единиц для сравнения');
    expect(words).toContain('по 39 из 48 единиц');
    expect(words).toContain('по 4 документам, размеченным всеми');
    expect(words).toContain('0,692');
  });

  it('draws the heat map and the bars as SVG, with the coders and tags named', async () => {
    const html = await render('ru');
    expect(html.match(/<svg/g)).toHaveLength(2);
    expect(html).toContain('Анастасия Владимировна Колесникова-Щербакова');
    expect(html).toContain('не отмечено');
    expect(html).toContain('Утверждение › Оценка угрозы');
  });

  it('says "no common units" when coders share no text', async () => {
    const none = { value: null, units: 0, unitsFound: 0, reason: 'no-units' as const };
    const empty = {
      ...fixtureReport,
      commonDocuments: 0,
      overall: {
        percent: none,
        cohen: none,
        fleiss: none,
        alpha: none,
        ac1: none,
        unitizing: { value: null, observed: null, expected: null, reason: 'no-units' as const },
      },
    };
    const words = text(await render('en', empty));
    expect(words).toContain('No common units');
    expect(words).toContain('no coded text in common');
    // Never a 1.0 (nor any number) for a figure without units.
    expect(words).toMatch(/Percent agreement undefined: no units to compare/);

    // The same documents, but no unit two of them marked: its own message, in both languages.
    const apart = { ...empty, commonDocuments: 3 };
    const en = text(await render('en', apart));
    expect(en).toContain('these coders coded the same documents, but no unit was marked by two of them');
    expect(en).not.toContain('no coded text in common');
    const ru = text(await render('ru', apart));
    expect(ru).toContain('ни одну единицу не отметили двое из них');
    expect(ru).not.toContain('нет общего размеченного текста');
  });
});
