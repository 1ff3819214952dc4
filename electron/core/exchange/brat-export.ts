import { setImmediate as nextTurn } from 'node:timers/promises';
import type { ExchangeExportCounts, LeftOut } from '../../../shared/formats/exchange/exchange-types.ts';
import { writeAnn } from '../../../shared/formats/brat/brat-ann-write.ts';
import { annotationConf, visualConf } from '../../../shared/formats/brat/brat-conf.ts';
import { bratPaths } from '../../../shared/formats/brat/brat-layout.ts';
import { bratNames } from '../../../shared/formats/brat/brat-names.ts';
import { codePointTable } from '../../../shared/formats/brat/brat-offsets.ts';
import { bratReadme, type UnheldLink } from '../../../shared/formats/brat/brat-readme.ts';
import { message } from '../../../shared/i18n/message.ts';
import type { Link } from '../../../shared/model/link.ts';
import { type ZipWriteEntry, writeZip } from '../bundles/zip-writer.ts';
import type { ExchangeWriteInput, ExchangeWriter } from './exchange-io.ts';

/** Where an exported annotation is: its document and its coder's layer. */
type Place = { documentId: string; coderId: string };

/**
 * Writes a brat collection as a zip (layout: shared/formats/brat/brat-layout.ts):
 * the conf files, then per document its text and each coder's .ann (texts
 * read one document at a time), and last a README.txt listing what brat
 * cannot hold — links across documents or layers above all — so nothing
 * is dropped without a word.
 */
export const writeBrat: ExchangeWriter = async (input, path) => {
  const { snapshot } = input;
  const names = bratNames(snapshot.tags, snapshot.linkTypes);
  const places = new Map<string, Place>();
  const dates = new Set<string>();
  for (const doc of snapshot.documents) {
    for (const [coderId, list] of doc.layers) {
      for (const a of list) {
        places.set(a.id, { documentId: doc.info.id, coderId });
        if (a.statementDate) dates.add(a.statementDate);
      }
    }
  }
  const { held, unheld } = sortLinks(snapshot.links, places, (id) => names.linkType.get(id) ?? id);
  const actors = new Map(snapshot.actors.map((a) => [a.id, a.name]));
  const concepts = new Map(snapshot.concepts.map((c) => [c.id, c.name]));
  const counts = { annotations: 0, links: 0, skipped: 0 };

  async function* entries(): AsyncGenerator<ZipWriteEntry> {
    yield { name: bratPaths.annotationConf, data: annotationConf(snapshot.tags, snapshot.linkTypes, names, { dates }) };
    yield { name: bratPaths.visualConf, data: visualConf(snapshot.tags, snapshot.linkTypes, names) };
    for (const doc of snapshot.documents) {
      const id = doc.info.id;
      const text = await input.text(id);
      const context = {
        text,
        points: codePointTable(text),
        names,
        actorName: (a: string) => actors.get(a),
        conceptName: (c: string) => concepts.get(c),
      };
      for (const coder of snapshot.coders) {
        const annotations = doc.layers.get(coder.id) ?? [];
        const links = held.get(`${id}\u0000${coder.id}`) ?? [];
        const written = writeAnn(annotations, links, context);
        counts.annotations += written.tIds.size;
        counts.skipped += written.skipped;
        counts.links += links.length - written.linksSkipped.length;
        for (const l of written.linksSkipped) unheld.push(unheldLink(l, 'not-exported', places, names));
        yield { name: bratPaths.text(coder.id, id), data: text };
        yield { name: bratPaths.ann(coder.id, id), data: written.ann };
      }
      // Between documents, let saves and calls of the window through.
      await nextTurn();
    }
    yield {
      name: bratPaths.readme,
      data: bratReadme({
        project: snapshot.project.name,
        coders: snapshot.coders,
        documents: snapshot.documents.map((d) => ({ id: d.info.id, title: d.info.title })),
        links: unheld,
        skippedAnnotations: counts.skipped,
        documentMemos: documentMemos(input),
        linksOutsideExport: snapshot.linksLeftOut,
      }),
    };
  }
  await writeZip(path, entries());
  return countsOf(input, counts, unheld);
};

/** Links by the .ann that holds them (document and coder), and the ones no .ann can hold. */
function sortLinks(
  links: ReadonlyMap<string, Link[]>,
  places: ReadonlyMap<string, Place>,
  typeName: (id: string) => string,
): { held: Map<string, Link[]>; unheld: UnheldLink[] } {
  const held = new Map<string, Link[]>();
  const unheld: UnheldLink[] = [];
  for (const list of links.values()) {
    for (const l of list) {
      const from = places.get(l.fromId);
      const to = places.get(l.toId);
      if (!from || !to) continue;
      if (from.documentId !== to.documentId) unheld.push(describe(l, 'other-document', from, to, typeName));
      else if (from.coderId !== l.coderId || to.coderId !== l.coderId)
        unheld.push(describe(l, 'other-layer', from, to, typeName));
      else {
        const key = `${from.documentId}\u0000${l.coderId}`;
        const list = held.get(key);
        if (list) list.push(l);
        else held.set(key, [l]);
      }
    }
  }
  return { held, unheld };
}

function describe(
  l: Link,
  why: UnheldLink['why'],
  from: Place,
  to: Place,
  typeName: (id: string) => string,
): UnheldLink {
  return {
    id: l.id,
    coder: l.coderId,
    type: typeName(l.typeId),
    from: `${l.fromId} (${from.documentId}, ${from.coderId})`,
    to: `${l.toId} (${to.documentId}, ${to.coderId})`,
    why,
  };
}

function unheldLink(
  l: Link,
  why: UnheldLink['why'],
  places: ReadonlyMap<string, Place>,
  names: { linkType: Map<string, string> },
): UnheldLink {
  return describe(l, why, places.get(l.fromId)!, places.get(l.toId)!, (id) => names.linkType.get(id) ?? id);
}

function documentMemos(input: ExchangeWriteInput): number {
  return input.snapshot.documents.filter((d) => d.info.memo).length;
}

function countsOf(
  input: ExchangeWriteInput,
  counts: { annotations: number; links: number; skipped: number },
  unheld: readonly UnheldLink[],
): ExchangeExportCounts {
  const leftOut: LeftOut[] = [];
  const add = (kind: string, count: number, reason: LeftOut['reason']) => {
    if (count) leftOut.push({ kind, count, reason });
  };
  const by = (why: UnheldLink['why']) => unheld.filter((l) => l.why === why).length;
  add('link', by('other-document'), message('exchange:brat-leftOutCrossDocument'));
  add('link', by('other-layer'), message('exchange:brat-leftOutCrossLayer'));
  add('link', by('not-exported') + input.snapshot.linksLeftOut, message('exchange:brat-leftOutLinkEnd'));
  add('annotation', counts.skipped, message('exchange:brat-leftOutAnnotation'));
  add('memo', documentMemos(input), message('exchange:brat-leftOutDocumentMemo'));
  return {
    format: 'brat',
    documents: input.snapshot.documents.length,
    annotations: counts.annotations,
    links: counts.links,
    coders: input.snapshot.coders.length,
    offsetUnit: 'code-points',
    leftOut,
  };
}
