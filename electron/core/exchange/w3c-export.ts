import { writeFile } from 'node:fs/promises';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { LeftOut } from '../../../shared/formats/exchange/exchange-types.ts';
import { CodePointIndex } from '../../../shared/text/code-point-index.ts';
import {
  annotationJson,
  type JsonNode,
  linkJson,
  type NameLookup,
} from '../../../shared/formats/w3c/w3c-annotation-json.ts';
import { collectionJson, W3C_PAGE_SIZE } from '../../../shared/formats/w3c/w3c-collection.ts';
import { W3C_RECORDS_FORMAT, W3C_RECORDS_VERSION, type W3cDocument } from '../../../shared/formats/w3c/w3c-records.ts';
import { message } from '../../../shared/i18n/message.ts';
import { appVersion } from '../bundles/app-version.ts';
import type { ExportSnapshot } from '../bundles/export-snapshot.ts';
import type { ExchangeWriter } from './exchange-io.ts';

function namesOf(snapshot: ExportSnapshot): NameLookup {
  const map = <T extends { id: string; name: string }>(list: readonly T[]) => new Map(list.map((r) => [r.id, r.name]));
  const tags = map(snapshot.tags);
  const coders = map([...snapshot.coders, snapshot.exportedBy]);
  const actors = map(snapshot.actors);
  const concepts = map(snapshot.concepts);
  const linkTypes = map(snapshot.linkTypes);
  // A name missing (a record deleted meanwhile) falls back to the id: the IRI still says which record.
  return {
    tag: (id) => tags.get(id) ?? id,
    coder: (id) => coders.get(id) ?? id,
    actor: (id) => actors.get(id) ?? id,
    concept: (id) => concepts.get(id) ?? id,
    linkType: (id) => linkTypes.get(id) ?? id,
  };
}

/**
 * Writes the snapshot as one W3C Web Annotation JSON-LD file: an
 * AnnotationCollection with pages (see shared/formats/w3c/w3c-collection),
 * annotations in text order per document and coder, then the links.
 * Texts are read one document at a time. Orphaned annotations (no span)
 * and links with an end not exported are left out, and counted.
 */
export function w3cWriter(pageSize = W3C_PAGE_SIZE): ExchangeWriter {
  return async (input, path) => {
    const { snapshot } = input;
    const names = namesOf(snapshot);
    const items: JsonNode[] = [];
    const documents: W3cDocument[] = [];
    const written = new Set<string>();
    let orphaned = 0;
    for (const doc of snapshot.documents) {
      const text = await input.text(doc.info.id);
      const original = await input.originalText(doc.info.id);
      documents.push(original === text ? { info: doc.info, text } : { info: doc.info, text, originalText: original });
      const points = new CodePointIndex(text);
      for (const layer of doc.layers.values()) {
        for (const a of layer) {
          if (a.orphaned) {
            orphaned++;
            continue;
          }
          items.push(annotationJson(a, points, names));
          written.add(a.id);
        }
      }
      // Texts of 10,000 documents: let the store's queue and the window breathe between them.
      if (documents.length % 200 === 0) await nextTurn();
    }
    let links = 0;
    let linksLeftOut = snapshot.linksLeftOut;
    for (const list of snapshot.links.values()) {
      for (const l of list) {
        if (written.has(l.fromId) && written.has(l.toId)) {
          items.push(linkJson(l, names));
          links++;
        } else linksLeftOut++;
      }
    }
    const version = appVersion();
    const collection = collectionJson(
      items,
      {
        format: W3C_RECORDS_FORMAT,
        version: W3C_RECORDS_VERSION,
        appVersion: version,
        created: new Date().toISOString(),
        project: snapshot.project,
        exportedBy: snapshot.exportedBy,
        coders: snapshot.coders,
        tags: snapshot.tags,
        actors: snapshot.actors,
        linkTypes: snapshot.linkTypes,
        concepts: snapshot.concepts,
        tagMappings: snapshot.tagMappings,
        documents,
      },
      `Glossator ${version}`,
      pageSize,
    );
    await writeFile(path, `${JSON.stringify(collection, null, 1)}\n`, 'utf8');
    const leftOut: LeftOut[] = [];
    if (orphaned)
      leftOut.push({
        kind: 'annotation',
        count: orphaned,
        reason: message('exchange:w3c-leftOutOrphaned', { count: orphaned }),
      });
    if (linksLeftOut)
      leftOut.push({
        kind: 'link',
        count: linksLeftOut,
        reason: message('exchange:w3c-leftOutLinks', { count: linksLeftOut }),
      });
    return {
      format: 'w3c',
      documents: documents.length,
      annotations: written.size,
      links,
      coders: snapshot.coders.length,
      offsetUnit: 'code-points',
      leftOut,
    };
  };
}

/** The writer of the registry: pages of W3C_PAGE_SIZE annotations. */
export const writeW3c: ExchangeWriter = w3cWriter();
