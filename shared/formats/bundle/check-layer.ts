import { message } from '../../i18n/message.ts';
import type { Annotation } from '../../model/annotation.ts';
import type { Link } from '../../model/link.ts';
import type { BundleIds } from './bundle-ids.ts';
import { BundleProblem } from './bundle-problem.ts';

/**
 * Checks one coder's annotations of one document against the file they came
 * in and the document's text: the file's document and coder, a span inside
 * the text whose quote is the text at those offsets (an orphan keeps its
 * quote of a text that is gone, at an empty span inside the text), and
 * references to tags, actors and concepts of the bundle.
 */
export function checkLayer(
  file: string,
  where: { documentId: string; coderId: string },
  annotations: readonly Annotation[],
  text: string,
  ids: BundleIds,
): void {
  for (const a of annotations) {
    const about = { file, id: a.id };
    if (a.documentId !== where.documentId) {
      throw new BundleProblem(message('bundles:annotationOtherDocument', { ...about, documentId: a.documentId }));
    }
    if (a.coderId !== where.coderId) {
      throw new BundleProblem(message('bundles:annotationOtherCoder', { ...about, coderId: a.coderId }));
    }
    if (a.end > text.length) {
      throw new BundleProblem(message('bundles:annotationOutsideText', { ...about, end: a.end, length: text.length }));
    }
    if (!a.orphaned && text.slice(a.start, a.end) !== a.quote.exact) {
      throw new BundleProblem(message('bundles:quoteDiffers', { ...about, start: a.start, end: a.end }));
    }
    ids.require('tag', a.tagId, file, a.id);
    for (const actor of [a.actorId, a.speakerId, a.addresseeId]) if (actor) ids.require('actor', actor, file, a.id);
    if (a.conceptId) ids.require('concept', a.conceptId, file, a.id);
  }
}

/** Checks one coder's links: their coder is the file's, their type a link type, both ends annotations of the bundle. */
export function checkLinks(file: string, coderId: string, links: readonly Link[], ids: BundleIds): void {
  for (const l of links) {
    if (l.coderId !== coderId) {
      throw new BundleProblem(message('bundles:linkOtherCoder', { file, id: l.id, coderId: l.coderId }));
    }
    ids.require('linkType', l.typeId, file, l.id);
    ids.require('annotation', l.fromId, file, l.id);
    ids.require('annotation', l.toId, file, l.id);
  }
}
