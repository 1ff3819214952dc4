import { statSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { filterDocuments, emptyLibraryFilter } from '../shared/library/filter-documents.ts';
import { sortDocuments } from '../shared/library/sort-documents.ts';
import type { DocumentSummary } from '../shared/model/document.ts';
import { ImportService } from '../electron/core/import/import-service.ts';
import { searchIndexFile } from '../electron/core/search/search-index-file.ts';
import { SearchService } from '../electron/core/search/search-service.ts';
import { ProjectStore } from '../electron/core/store/project-store.ts';
import { seeded, writeProject } from './generate-project.ts';
import { median, report } from './measure.ts';
import { newsText, vocabulary } from './news-text.ts';

const coder = { id: 'bench-coder', name: 'Bench' };
const mb = (bytes: number) => bytes / 1024 / 1024;

function heapUsed(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed;
}

/** Importing 1,000 .txt files of about 5 KB: read, normalise, clean, guess, check duplicates, write durably. */
export async function importBench(dir: string): Promise<void> {
  const random = seeded(21);
  const stems = vocabulary(random);
  const files = Array.from({ length: 1_000 }, (_, i) => {
    const text = `Новость ${i + 1}\n08.09.2023, 12:51\n494.87\n520.65\n${newsText(5_000, stems, random)}\nпередаёт Orda.kz.\nЧитайте также:\nДругая новость`;
    return { name: `news-${i}.txt`, bytes: new TextEncoder().encode(text) };
  });
  const store = await ProjectStore.open(join(dir, 'import'), { coder });
  const imports = new ImportService(store);
  try {
    const started = performance.now();
    const items = [];
    for (const f of files) {
      const p = await imports.stage(f.name, f.bytes);
      items.push({ stagingId: p.stagingId, title: p.title, metadata: p.metadata, remove: p.boilerplate });
    }
    const staged = performance.now() - started;
    const summary = await imports.importItems(items);
    const total = performance.now() - started;
    if (summary.imported.length !== 1_000) throw new Error(`imported ${summary.imported.length} of 1,000`);
    report(
      'import 1,000 .txt files of about 5 KB, preview and write (total)',
      total / 1000,
      's',
      5,
      `(preview ${(staged / 1000).toFixed(1)} s)`,
    );
  } finally {
    await store.close();
  }
}

/**
 * Search over 10,000 documents of about 5 KB (50 MB): building the index, its memory, query times, and
 * reopening the project with the index kept on disk.
 */
export async function searchBench(dir: string): Promise<void> {
  const random = seeded(5);
  const stems = vocabulary(random);
  const project = join(dir, 'search');
  let chars = 0;
  writeProject(
    project,
    (function* () {
      for (let i = 0; i < 10_000; i++) {
        const text = newsText(5_000, stems, random);
        chars += text.length;
        yield { id: `doc-${i}`, title: `Новость ${i + 1}`, text, annotations: [] };
      }
    })(),
  );
  const queries = [
    'Токаеву',
    'терроризм',
    `${stems[20]}ами`,
    stems[9_000] as string,
    '"совместных учений"',
    'ШОС ОДКБ',
  ];
  const fresh: unknown[] = [];
  let store = await ProjectStore.open(project, { coder });
  try {
    const before = heapUsed();
    const started = performance.now();
    const search = new SearchService(store);
    await search.build();
    const built = performance.now() - started;
    const memory = heapUsed() - before;
    console.log(`bench corpus: ${(chars / 1e6).toFixed(1)} million characters in 10,000 documents`);
    report('search index build, 10,000 documents', built / 1000, 's', undefined, '(in the background after opening)');
    report('search index memory, after the build', mb(memory), 'MB', undefined, '(texts are read as needed)');
    const all: number[] = [];
    for (const q of queries) {
      const times: number[] = [];
      let result = await search.searchText(q, 1_000, 0);
      fresh.push(result);
      for (let i = 0; i < 12; i++) {
        const t = performance.now();
        result = await search.searchText(q, 1_000, 0);
        times.push(performance.now() - t);
      }
      all.push(...times.slice(2));
      console.log(`  query ${q}: ${median(times.slice(2)).toFixed(1)} ms median, ${result.lines.length} lines`);
    }
    report(
      'search over 10,000 documents, concordance of up to 1,000 lines (median of all queries)',
      median(all),
      'ms',
      50,
    );
    const saving = performance.now();
    await search.stop();
    const size = statSync(searchIndexFile(project)).size;
    report(
      'search index written to the cache',
      (performance.now() - saving) / 1000,
      's',
      undefined,
      `(${mb(size).toFixed(1)} MB)`,
    );
  } finally {
    await store.close();
  }
  const before = heapUsed();
  const started = performance.now();
  store = await ProjectStore.open(project, { coder });
  try {
    const opened = performance.now() - started;
    const search = new SearchService(store);
    let first = await search.searchText(queries[0] as string, 1_000);
    while (first.progress.indexed < first.progress.total) first = await search.searchText(queries[0] as string, 1_000);
    const answered = performance.now() - started;
    report(
      'reopen 10,000 documents to the first search answer',
      answered / 1000,
      's',
      1,
      `(open ${(opened / 1000).toFixed(2)} s; ${first.lines.length} lines over all ${first.progress.total} documents)`,
    );
    report(
      'search index memory, reloaded',
      mb(heapUsed() - before),
      'MB',
      undefined,
      '(with the store and the texts read)',
    );
    // The index read back must answer exactly as the one built.
    for (const [i, q] of queries.entries()) {
      if (!isDeepStrictEqual(await search.searchText(q, 1_000, 0), fresh[i])) {
        throw new Error(`the reloaded index answers ${q} otherwise than the fresh build`);
      }
    }
    await search.stop();
  } finally {
    await store.close();
  }
}

/** The Library's filter and sort over 10,000 rows, as on each keystroke in its search box. */
export function libraryBench(): void {
  const random = seeded(3);
  const docs: DocumentSummary[] = Array.from({ length: 10_000 }, (_, i) => ({
    id: `d${i}`,
    title: `Документ ${Math.floor(random() * 1e6)} о безопасности`,
    metadata: { source: `Источник ${i % 40}`, date: `20${10 + (i % 14)}-0${1 + (i % 9)}-1${i % 10}`, language: 'ru' },
    created: new Date(0).toISOString(),
    textLength: 5_000,
    annotationCount: i % 4,
    tagIds: i % 2 ? ['claim'] : [],
    actorIds: [],
    coderIds: ['bench-coder'],
    curationStatus: 'not-started',
  }));
  const sortTimes: number[] = [];
  let sorted: DocumentSummary[] = [];
  for (const column of ['title', 'date', 'source', 'title'] as const) {
    const t = performance.now();
    sorted = sortDocuments(docs, { column, direction: 'asc' });
    sortTimes.push(performance.now() - t);
  }
  report('library sort of 10,000 documents, on a column click (median)', median(sortTimes), 'ms', 200);
  // Sorted once; each keystroke in the Library's search box filters the sorted rows.
  const times: number[] = [];
  for (const text of ['д', 'до', 'док', 'доку', 'документ 1', 'документ 12', 'документ 123']) {
    const t = performance.now();
    filterDocuments(sorted, { ...emptyLibraryFilter, text, annotated: 'yes' }, new Set());
    times.push(performance.now() - t);
  }
  report('library filter of 10,000 documents, per keystroke (median)', median(times), 'ms', 16);
}
