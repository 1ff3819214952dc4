import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type AgreementInput, agreementReport, formDocuments } from '../shared/agreement/agreement-report.ts';
import { cohenKappa } from '../shared/agreement/cohen-kappa.ts';
import { corpusUnitizing } from '../shared/agreement/corpus-unitizing.ts';
import { fleissKappa } from '../shared/agreement/fleiss-kappa.ts';
import { gwetAc1 } from '../shared/agreement/gwet-ac1.ts';
import { krippendorffAlpha } from '../shared/agreement/krippendorff-alpha.ts';
import { labelFigures } from '../shared/agreement/label-figures.ts';
import { percentAgreement } from '../shared/agreement/percent-agreement.ts';
import type { Cell, ReliabilityData } from '../shared/agreement/reliability-data.ts';
import { categoryRows } from '../shared/agreement/unit-figures.ts';
import { annotateSpan } from '../shared/anchoring/annotate-span.ts';
import type { Annotation } from '../shared/model/annotation.ts';
import { defaultCodebook } from '../shared/model/codebook.ts';
import { ProjectSession } from '../electron/core/services/project-session.ts';
import { agreementHandlers } from '../electron/core/services/handlers/agreement-handlers.ts';
import { cyrillicText, type GeneratedDocument, seeded, spreadAnnotations, writeProject } from './generate-project.ts';
import { median, report } from './measure.ts';

/**
 * Issue 16's budgets: 2 coders × 20,000 annotations over 1,000 documents,
 * every coefficient ≤ 200 ms; αu over a 1,000,000-character document with
 * 2 × 5,000 annotations ≤ 200 ms; the same figures by nltk on the same
 * table, as a ratio. Also the whole report, and the Compare view's corpus
 * list over 10,000 documents through the real handler.
 */
const coders = [
  { id: 'bench-coder', name: 'Bench' },
  { id: 'bench-colleague', name: 'Коллега' },
];
const otherTag: Record<string, string> = { claim: 'proposal', proposal: 'claim', 'actor-mention': 'claim' };

/**
 * A colleague's layer over the same text: most spans as the first coder's,
 * some with another tag, some with other boundaries, some left out, and a
 * few of their own — the mix a real second coder produces.
 */
export function colleagueLayer(text: string, first: readonly Annotation[], random: () => number): Annotation[] {
  const now = new Date().toISOString();
  const out: Annotation[] = [];
  const add = (documentId: string, tagId: string, start: number, end: number) =>
    out.push(annotateSpan(text, { id: randomUUID(), documentId, coderId: 'bench-colleague', tagId, start, end }, now));
  for (const a of first) {
    const roll = random();
    if (roll < 0.7) add(a.documentId, a.tagId, a.start, a.end);
    else if (roll < 0.8) add(a.documentId, otherTag[a.tagId] ?? 'claim', a.start, a.end);
    else if (roll < 0.9) {
      const start = Math.max(0, a.start + Math.floor(random() * 7) - 3);
      const end = Math.min(text.length, Math.max(start + 1, a.end + Math.floor(random() * 7) - 3));
      add(a.documentId, a.tagId, start, end);
    } else {
      // The colleague left this span out, and marked one of their own elsewhere.
      const start = Math.floor(random() * (text.length - 40));
      add(a.documentId, 'claim', start, start + 5 + Math.floor(random() * 30));
    }
  }
  return out;
}

/** Documents coded by both coders: `perCoder` annotations each, spread over the text. */
function* twoCoderCorpus(count: number, length: number, perCoder: number, seed: number): Generator<GeneratedDocument> {
  const random = seeded(seed);
  for (let i = 0; i < count; i++) {
    const id = `doc-${String(i).padStart(5, '0')}`;
    const text = cyrillicText(length, 6, random);
    const first = spreadAnnotations(id, text, perCoder, random);
    yield { id, title: `Документ ${i + 1}`, text, annotations: [...first, ...colleagueLayer(text, first, random)] };
  }
}

function input(documents: readonly GeneratedDocument[]): AgreementInput {
  return {
    coders,
    documents: documents.map((d) => ({
      id: d.id,
      title: d.title,
      textLength: d.text.length,
      date: null,
      annotations: d.annotations,
    })),
    codebook: defaultCodebook(),
    mappings: [],
    query: { tagIds: null, withSubtags: true, unit: { mode: 'overlap', threshold: 0.5 } },
  };
}

/** The median of `runs` timings of `run`, in ms (the first run warms the code). */
function timed(run: () => unknown, runs = 7): number {
  run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  return median(times);
}

export async function agreementBench(root: string): Promise<void> {
  const docs = [...twoCoderCorpus(1_000, 2_500, 20, 16)];
  const data = input(docs);
  const annotations = docs.reduce((n, d) => n + d.annotations.length, 0);
  const label = `2 coders, ${annotations.toLocaleString('en')} annotations / 1,000 documents`;

  const formed = formDocuments(data);
  const rows: Cell[][] = categoryRows(formed.documents.flatMap((d) => d.formed.units.map((u) => u.members)));
  const complete = rows.filter((row) => !row.includes(null));
  const table: ReliabilityData = { coders: coders.map((c) => c.name), units: rows };
  const completeTable: ReliabilityData = { coders: table.coders, units: complete };
  console.log(
    `agreement data: ${rows.length.toLocaleString('en')} units, ${complete.length.toLocaleString('en')} complete`,
  );

  report(
    `agreement units formed (overlap 0.5), ${label}`,
    timed(() => formDocuments(data), 3),
    'ms',
    200,
  );
  const ours = {
    percent: timed(() => percentAgreement(completeTable)),
    cohen: timed(() => cohenKappa(completeTable)),
    fleiss: timed(() => fleissKappa(completeTable)),
    alpha: timed(() => krippendorffAlpha(table)),
    ac1: timed(() => gwetAc1(completeTable)),
  };
  report(`agreement percent agreement, ${label}`, ours.percent, 'ms', 200);
  report(`agreement Cohen's kappa, ${label}`, ours.cohen, 'ms', 200);
  report(`agreement Fleiss' kappa, ${label}`, ours.fleiss, 'ms', 200);
  report(`agreement Krippendorff's alpha (nominal), ${label}`, ours.alpha, 'ms', 200);
  report(`agreement Gwet's AC1, ${label}`, ours.ac1, 'ms', 200);
  report(
    `agreement all five nominal figures as the report computes them, ${label}`,
    timed(() => labelFigures(rows, 2)),
    'ms',
    200,
  );
  const unitizingDocs = formed.documents.map((d) => ({ textLength: d.document.textLength, spans: d.formed.spans }));
  report(
    `agreement unitizing alpha (αu), ${label}`,
    timed(() => corpusUnitizing(unitizingDocs, 2), 3),
    'ms',
    200,
  );
  report(
    `agreement whole report (every figure overall, per tag, document, pair, variable), ${label}`,
    timed(() => agreementReport(data), 3),
    'ms',
    1_000,
  );

  nltkRatio(root, table, completeTable, ours);
  longDocumentUnitizing();
  await corpusListBench(root);
}

/** nltk's AnnotationTask on the same table: the figures must agree, the ratio is its time over ours. */
function nltkRatio(
  root: string,
  table: ReliabilityData,
  complete: ReliabilityData,
  ours: Record<'percent' | 'cohen' | 'fleiss' | 'alpha', number>,
): void {
  const path = join(root, 'agreement-table.json');
  writeFileSync(path, JSON.stringify({ coders: table.coders, units: table.units }));
  const run = spawnSync('/usr/bin/python3', [join('bench', 'agreement-nltk.py'), path], { encoding: 'utf8' });
  if (run.status !== 0) {
    console.log(
      `bench agreement nltk: not run (${(run.stderr || run.error?.message || '').trim().split('\n').at(-1)})`,
    );
    return;
  }
  const nltk = JSON.parse(run.stdout) as Record<string, number>;
  const pairs: Array<[string, keyof typeof ours, number | null, string]> = [
    ["Krippendorff's alpha", 'alpha', krippendorffAlpha(table).value, 'alpha'],
    ["Cohen's kappa", 'cohen', cohenKappa(complete).value, 'kappa'],
    ["Fleiss' kappa (nltk pi)", 'fleiss', fleissKappa(complete).value, 'pi'],
    ['percent agreement (nltk avg_Ao)', 'percent', percentAgreement(complete).value, 'percent'],
  ];
  for (const [name, key, value, theirs] of pairs) {
    const difference = Math.abs((value ?? Number.NaN) - (nltk[theirs] as number));
    report(
      `agreement ${name}: nltk time / ours (same ${table.units.length.toLocaleString('en')}-unit table)`,
      (nltk[`${theirs}_ms`] as number) / ours[key],
      '×',
      undefined,
      `(nltk ${(nltk[`${theirs}_ms`] as number).toFixed(0)} ms, ours ${ours[key].toFixed(1)} ms; values differ by ${difference.toExponential(1)})`,
    );
  }
}

/** αu over one 1,000,000-character document, 2 × 5,000 annotations. */
function longDocumentUnitizing(): void {
  const random = seeded(17);
  const text = cyrillicText(1_000_000, 2_000, random);
  const first = spreadAnnotations('long-doc', text, 5_000, random);
  const second = colleagueLayer(text, first, random);
  const long = input([{ id: 'long-doc', title: 'Длинный документ', text, annotations: [...first, ...second] }]);
  const formed = formDocuments(long).documents.map((d) => ({
    textLength: d.document.textLength,
    spans: d.formed.spans,
  }));
  report(
    `agreement unitizing alpha (αu), 1,000,000-character document, ${first.length.toLocaleString('en')} + ${second.length.toLocaleString('en')} annotations`,
    timed(() => corpusUnitizing(formed, 2), 5),
    'ms',
    200,
  );
}

/** The Compare view's corpus list (listDisagreements) over 10,000 documents, through the real handler. */
async function corpusListBench(root: string): Promise<void> {
  const dir = join(root, 'agreement-10k');
  writeProject(dir, twoCoderCorpus(10_000, 1_500, 5, 18), [], coders);
  const session = new ProjectSession(coders[1] as { id: string; name: string });
  await session.open(dir, { withSample: false });
  try {
    const calls = agreementHandlers(session);
    const query = { coderIds: coders.map((c) => c.id), unit: { mode: 'overlap' as const, threshold: 0.5 } };
    const ms = timed(() => calls.listDisagreements(query), 3);
    // The handler is async only in name (it computes before its first await): the time above is its work.
    const listed = await calls.listDisagreements(query);
    report(
      `agreement corpus list (listDisagreements), 10,000 documents × 2 coders × 5 annotations`,
      ms,
      'ms',
      500,
      `(${listed.length.toLocaleString('en')} listed)`,
    );
  } finally {
    await session.close();
  }
}
