import { rangeProblem } from '../../../../shared/anchoring/text-range.ts';
import type { Tag } from '../../../../shared/model/codebook.ts';
import type { Concept } from '../../../../shared/model/concept.ts';
import type { LinkType } from '../../../../shared/model/link.ts';
import { ApiError } from '../../../../shared/ipc/errors.ts';
import { shortQuote } from '../../../../shared/text/short-quote.ts';
import type { ProjectStore } from '../../store/project-store.ts';
import { because, message } from '../../../../shared/i18n/message.ts';
import { coderName, isOwnRecord, type LayerRecord } from '../../../../shared/model/layer-owner.ts';
import { isCuratedLayer } from '../../../../shared/curation/curation-types.ts';

/**
 * Checks that a schema cannot make: that ids exist and spans fit the text.
 * They run before anything changes, so a refused call changes nothing.
 */
export function requireTag(store: ProjectStore, tagId: string): Tag {
  const tag = store.codebook().tags.find((t) => t.id === tagId);
  if (!tag) throw new ApiError('not-found', message('errors:noTag', { id: tagId }));
  return tag;
}

export function requireRange(text: string, start: number, end: number): void {
  const problem = rangeProblem(text, start, end);
  if (problem) throw new ApiError('invalid-input', because('errors:cannotAnnotateBecause', problem, { start, end }));
}

/**
 * A suggested mention must still be a span of the document that reads
 * `exact`: a reversed or out-of-text span, saved as rejected, would hide
 * nothing and stay in actors.json for ever.
 */
export function requireMentionSpan(
  title: string,
  text: string,
  item: { start: number; end: number; exact: string },
): void {
  const problem = rangeProblem(text, item.start, item.end);
  const where = { quote: shortQuote(item.exact), start: item.start, end: item.end, title };
  if (problem) throw new ApiError('invalid-input', because('errors:suggestionNotSpanBecause', problem, where));
  if (text.slice(item.start, item.end) !== item.exact) {
    throw new ApiError('invalid-input', message('errors:suggestionMismatchAt', where));
  }
}

/** Each id given (undefined and null skipped) must be an actor of the registry. */
export function requireActors(store: ProjectStore, ...ids: Array<string | null | undefined>): void {
  for (const id of ids) if (id) store.actor(id);
}

export function requireConcept(store: ProjectStore, conceptId: string): Concept {
  const concept = store.concepts().find((c) => c.id === conceptId);
  if (!concept) throw new ApiError('not-found', message('errors:noConcept', { id: conceptId }));
  return concept;
}

export function requireLinkType(store: ProjectStore, typeId: string): LinkType {
  const type = store.linkTypes().find((t) => t.id === typeId);
  if (!type) throw new ApiError('not-found', message('errors:noLinkType', { id: typeId }));
  return type;
}

/**
 * A user's edit of an existing annotation or link must be of their own
 * layer (see isOwnRecord): a colleague's records are refused, naming whose
 * they are, before anything changes; the curated layer's with a message of
 * its own (it changes only through curation calls). Project-wide steps that touch every
 * layer (deleting documents, merging or deleting tags, actors, concepts,
 * text corrections, undo, restores) do not call this: they keep all layers
 * consistent with a change of what the layers share, not one coder's work.
 */
export function requireOwnLayer(store: ProjectStore, record: LayerRecord): void {
  // The curated layer is the team's, not one person's: every change to it is a decision, recorded with its reason.
  if (isCuratedLayer(record.coderId)) throw new ApiError('forbidden', message('curation:error-curatedLayerOwned'));
  if (isOwnRecord(record, store.coder.id)) return;
  const coder = coderName(store.info().coders, record.coderId);
  throw new ApiError('forbidden', message('errors:notYourLayer', { coder }));
}

/** Re-exported for the handlers that label undo steps with a quote. */
export { shortQuote } from '../../../../shared/text/short-quote.ts';
