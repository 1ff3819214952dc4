import { randomUUID } from 'node:crypto';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ExchangeFormat, ExchangeWriteOptions, LeftOut } from '../shared/formats/exchange/exchange-types.ts';
import type { Annotation } from '../shared/model/annotation.ts';
import { defaultLinkTypes, type Link } from '../shared/model/link.ts';
import { SCHEMA_VERSION } from '../shared/model/project.ts';
import { stringifyRecords } from '../shared/model/store-json.ts';
import { takeSnapshot } from '../electron/core/bundles/export-snapshot.ts';
import { exportExchange } from '../electron/core/exchange/export-exchange.ts';
import { readQdpx } from '../electron/core/exchange/refi-import.ts';
import { ProjectStore } from '../electron/core/store/project-store.ts';
import { corpus, type GeneratedDocument, seeded, writeProject } from './generate-project.ts';
import { report } from './measure.ts';

const coders = [
  { id: 'bench-coder', name: 'Bench' },
  { id: 'bench-colleague', name: 'Коллега' },
];
const scope = { documents: { all: true as const }, layers: { all: true as const } };
const gc = () => (globalThis as { gc?: () => void }).gc?.();
const seconds = (since: number) => (performance.now() - since) / 1000;

/** The corpus with its annotations shared out between the two coders, alternately. */
function twoCoders(docs: Iterable<GeneratedDocument>): GeneratedDocument[] {
  return [...docs].map((doc) => ({
    ...doc,
    annotations: doc.annotations.map((a, i) => ({ ...a, coderId: coders[i % 2]?.id as string })),
  }));
}

/**
 * `perCoder` links per coder between that coder's annotations, half within a
 * document and half across documents, written as the store writes them
 * (links.json with the link types, links.<coderId>.json per coder).
 */
function writeLinks(dir: string, docs: readonly GeneratedDocument[], perCoder: number, seed: number): number {
  const random = seeded(seed);
  const linkTypes = defaultLinkTypes();
  const now = new Date().toISOString();
  writeFileSync(join(dir, 'links.json'), stringifyRecords({ schemaVersion: SCHEMA_VERSION, linkTypes }));
  let written = 0;
  for (const coder of coders) {
    const byDocument = docs.map((d) => d.annotations.filter((a) => a.coderId === coder.id));
    const pick = (list: readonly Annotation[]) => list[Math.floor(random() * list.length)] as Annotation;
    const links: Link[] = [];
    while (links.length < perCoder) {
      const from = byDocument[Math.floor(random() * byDocument.length)] as Annotation[];
      const to = links.length % 2 ? from : (byDocument[Math.floor(random() * byDocument.length)] as Annotation[]);
      if (!from.length || !to.length) continue;
      const a = pick(from);
      const b = pick(to);
      if (a.id === b.id) continue;
      const typeId = (linkTypes[links.length % linkTypes.length] as { id: string }).id;
      links.push({
        id: randomUUID(),
        fromId: a.id,
        toId: b.id,
        typeId,
        coderId: coder.id,
        note: '',
        created: now,
        modified: now,
      });
    }
    writeFileSync(
      join(dir, `links.${coder.id}.json`),
      stringifyRecords({ schemaVersion: SCHEMA_VERSION, coderId: coder.id, links }),
    );
    written += links.length;
  }
  return written;
}

/** Each export format, as the Export… dialog asks for it, and the file it writes. */
const exports: Array<{ format: ExchangeFormat; label: string; file: string; options: ExchangeWriteOptions }> = [
  { format: 'csv', label: 'CSV (zip of tables)', file: 'export.csv.zip', options: { csv: { container: 'zip' } } },
  { format: 'qdpx', label: 'REFI-QDA project (.qdpx)', file: 'export.qdpx', options: {} },
  { format: 'qdc', label: 'REFI-QDA codebook (.qdc, the codebook alone)', file: 'export.qdc', options: {} },
  { format: 'w3c', label: 'W3C Web Annotation', file: 'export.w3c.jsonld', options: {} },
  { format: 'brat', label: 'brat standoff (zip)', file: 'export.brat.zip', options: {} },
];

const leftOut = (list: readonly LeftOut[]) =>
  list.map((l) => `; ${l.count.toLocaleString('en')} ${l.kind}(s) left out`).join('');
const size = (path: string) => `${(statSync(path).size / 2 ** 20).toFixed(1)} MB`;

/**
 * Exchange formats on real sizes: every export of a project of 10,000
 * documents and 50,000 annotations in two layers, with links, through the
 * real writers (exportExchange: the snapshot, then each text read in a step
 * of the store's queue, as the window's and the CLI's exports do), each
 * ≤ 10 s; and the import of a 1,000-source .qdpx (50 annotations each,
 * written by the qdpx writer) through readQdpx, ≤ 10 s.
 */
export async function exchangeBench(root: string): Promise<void> {
  let started = performance.now();
  const source = join(root, 'exchange-source');
  const docs = twoCoders(corpus(10_000, 2_500, 5, 21));
  writeProject(source, docs, [], coders);
  const links = writeLinks(source, docs, 2_500, 22);
  console.log(
    `generated 10,000 documents, 50,000 annotations in 2 layers, ${links.toLocaleString('en')} links in ${seconds(started).toFixed(1)} s`,
  );
  docs.length = 0;
  const out = join(root, 'exchange-out');
  mkdirSync(out);

  const store = await ProjectStore.open(source, { coder: coders[0] as { id: string; name: string } });
  try {
    gc();
    started = performance.now();
    const snapshot = await store.inOrder(() => takeSnapshot(store, scope));
    report(
      'exchange snapshot of 10,000 documents / 50,000 annotations (part of every export)',
      performance.now() - started,
      'ms',
    );
    const annotations = snapshot.documents.reduce(
      (n, d) => n + [...d.layers.values()].reduce((m, l) => m + l.length, 0),
      0,
    );
    if (annotations !== 50_000) throw new Error(`the snapshot holds ${annotations} annotations, not 50,000`);
    for (const { format, label, file, options } of exports) {
      gc();
      const path = join(out, file);
      started = performance.now();
      const counts = await exportExchange(store, format, scope, options, path);
      report(
        `exchange export ${label}, 10,000 documents / 50,000 annotations in 2 layers`,
        seconds(started),
        's',
        10,
        `(${size(path)}; ${counts.documents.toLocaleString('en')} documents, ${counts.annotations.toLocaleString('en')} annotations, ${counts.links.toLocaleString('en')} links${leftOut(counts.leftOut)})`,
      );
    }
  } finally {
    await store.close();
  }

  // A .qdpx of 1,000 sources, written by our own writer, read back as an import reads it.
  const small = join(root, 'exchange-qdpx-source');
  const smallDocs = twoCoders(corpus(1_000, 5_000, 50, 23));
  writeProject(small, smallDocs, [], coders);
  writeLinks(small, smallDocs, 500, 24);
  const qdpx = join(out, 'thousand.qdpx');
  const smallStore = await ProjectStore.open(small, { coder: coders[0] as { id: string; name: string } });
  try {
    await exportExchange(smallStore, 'qdpx', scope, {}, qdpx);
  } finally {
    await smallStore.close();
  }
  gc();
  started = performance.now();
  const read = await readQdpx(qdpx, basename(qdpx));
  const took = seconds(started);
  let readAnnotations = 0;
  for (const info of read.documentInfos) readAnnotations += (await read.annotations(info.id)).length;
  report(
    'exchange import (readQdpx) of a 1,000-source .qdpx, 50 annotations each',
    took,
    's',
    10,
    `(${size(qdpx)}; ${read.documentInfos.length.toLocaleString('en')} sources, ${readAnnotations.toLocaleString('en')} annotations, ${read.rejected.length} rejected)`,
  );
}
