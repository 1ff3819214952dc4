import type { JsonNode } from './w3c-annotation-json.ts';
import { iri, W3C_CONTEXT } from './w3c-iris.ts';
import { W3C_RECORDS_PROPERTY, type W3cRecords } from './w3c-records.ts';

/** Annotations per AnnotationPage: pages a web client can fetch one at a time, few enough to scroll in an editor. */
export const W3C_PAGE_SIZE = 1000;

/**
 * The whole export as one JSON-LD document: an AnnotationCollection whose
 * `first` page is embedded and whose further pages follow in `@included`
 * (JSON-LD 1.1: nodes of the same graph), each with `partOf` (the collection's id, label, total, first and last), `startIndex`,
 * `prev`/`next` by IRI — the Annotation Protocol serves pages at their own
 * URLs; one file holds them all. `last` and `total` let a reader check it has
 * every page. Our records that the model has no place for ride along as a
 * JSON literal (see w3c-records).
 */
export function collectionJson(
  items: readonly JsonNode[],
  records: W3cRecords,
  generator: string,
  pageSize = W3C_PAGE_SIZE,
): JsonNode {
  const id = iri('collection', records.project.id);
  const pageId = (n: number) => `${id}:page:${n}`;
  const count = Math.ceil(items.length / pageSize);
  const pages: JsonNode[] = [];
  // The collection described in each page, as the WG's page tests expect (a bare IRI fails them).
  const partOf: JsonNode = { id, label: records.project.name, total: items.length };
  if (count) {
    partOf.first = pageId(1);
    partOf.last = pageId(count);
  }
  for (let n = 0; n < count; n++) {
    const page: JsonNode = { id: pageId(n + 1), type: 'AnnotationPage', partOf, startIndex: n * pageSize };
    if (n > 0) page.prev = pageId(n);
    if (n + 1 < count) page.next = pageId(n + 2);
    page.items = items.slice(n * pageSize, (n + 1) * pageSize);
    pages.push(page);
  }
  const collection: JsonNode = {
    '@context': W3C_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: records.project.name,
    total: items.length,
    creator: { id: iri('coder', records.exportedBy.id), type: 'Person', name: records.exportedBy.name },
    generator: { id: 'urn:glossator:software', type: 'Software', name: generator },
    created: records.created,
  };
  if (pages.length) {
    collection.first = pages[0];
    collection.last = pageId(count);
  }
  if (pages.length > 1) collection['@included'] = pages.slice(1);
  collection[W3C_RECORDS_PROPERTY] = { '@type': '@json', '@value': records };
  return collection;
}
