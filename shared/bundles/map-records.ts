import type { Annotation } from '../model/annotation.ts';
import type { Link } from '../model/link.ts';
import type { RecordMaps } from './diff-records.ts';

const through = (map: ReadonlyMap<string, string>, id: string): string => map.get(id) ?? id;

/**
 * One of the bundle's annotations as it is put here: in our document, in
 * the layer it maps onto, its tag, actors and concept remapped where the
 * records' plan says (kept otherwise: ids are stable). Never changes its input.
 */
export function mapAnnotation(a: Annotation, documentId: string, coderId: string, maps: RecordMaps): Annotation {
  const out: Annotation = { ...a, documentId, coderId, tagId: through(maps.tag, a.tagId) };
  if (a.actorId) out.actorId = through(maps.actor, a.actorId);
  if (a.speakerId) out.speakerId = through(maps.actor, a.speakerId);
  if (a.addresseeId) out.addresseeId = through(maps.actor, a.addresseeId);
  if (a.conceptId) out.conceptId = through(maps.concept, a.conceptId);
  return out;
}

/** One of the bundle's links as it is put here: in the layer it maps onto, its type remapped. */
export function mapLink(l: Link, coderId: string, maps: RecordMaps): Link {
  return { ...l, coderId, typeId: through(maps.linkType, l.typeId) };
}
