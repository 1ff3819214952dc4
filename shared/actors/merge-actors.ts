import { type Message, message } from '../i18n/message.ts';
import { inEnglish } from '../i18n/in-english.ts';
import type { Actor, Affiliation } from '../model/actor.ts';
import type { Annotation } from '../model/annotation.ts';
import { limits } from '../model/limits.ts';
import { involvesActor, replaceActor } from './annotation-actors.ts';

/** Most aliases and affiliations an actor may have (ActorSchema's limits). */
const MAX_ALIASES = 1_000;
const MAX_AFFILIATIONS = 1_000;

/** A merge refused: `text` says why as a code and parameters, `message` the same in English. */
export class ActorMergeError extends Error {
  readonly text: Message;
  constructor(text: Message) {
    super(inEnglish(text));
    this.name = 'ActorMergeError';
    this.text = text;
  }
}

/**
 * Everything that changes when one registry entry is merged into another,
 * worked out before anything is written so the change can be shown, saved
 * in one go and undone.
 */
export interface ActorMergePlan {
  /** The `into` actor as it will be after the merge. */
  actor: Actor;
  /** The actor to delete from the registry: `from`. */
  removedActorId: string;
  /** New copies of the annotations that named `from` as actor, speaker or addressee, now naming `into`. */
  changedAnnotations: Annotation[];
  /** New copies of the other actors that were affiliated with `from`, now affiliated with `into`. */
  changedActors: Actor[];
}

/**
 * Plans merging actor `fromId` into actor `intoId`, the fix for a registry
 * that ended up with one body twice (КНБ and «Комитет национальной
 * безопасности» entered by two coders). Nothing is modified; the caller
 * applies the plan.
 *
 * The merged actor keeps `into`'s id, name, type and creation time; `from`'s
 * name and aliases become aliases (deduplicated ignoring case, never
 * repeating the name); affiliations are concatenated without duplicates;
 * notes are joined by a blank line. References to `from` — in annotations
 * and in other actors' affiliations — are rewritten to `into`. An
 * affiliation of the merged actor with itself (one of the two was affiliated
 * with the other) is dropped as meaningless. Everything changed gets
 * `modified = now`.
 *
 * Throws an ActorMergeError when the ids are equal or unknown, or when the merged actor would
 * exceed the registry's limits (so that saving it would fail).
 */
export function planActorMerge(
  actors: readonly Actor[],
  annotations: readonly Annotation[],
  fromId: string,
  intoId: string,
  now: string,
): ActorMergePlan {
  if (fromId === intoId) throw new ActorMergeError(message('errors:mergeActorIntoItself', { id: fromId }));
  const from = actors.find((actor) => actor.id === fromId);
  const into = actors.find((actor) => actor.id === intoId);
  if (from === undefined) throw new ActorMergeError(message('errors:mergeNoActor', { id: fromId }));
  if (into === undefined) throw new ActorMergeError(message('errors:mergeNoActor', { id: intoId }));

  const relink = (affiliation: Affiliation): Affiliation =>
    affiliation.organizationId === fromId ? { ...affiliation, organizationId: intoId } : affiliation;

  const aliases = uniqueAliases(into.name, [...into.aliases, from.name, ...from.aliases]);
  const affiliations = uniqueAffiliations([...into.affiliations, ...from.affiliations].map(relink)).filter(
    (affiliation) => affiliation.organizationId !== intoId,
  );
  const notes = [into.notes, from.notes].filter((note) => note.trim() !== '').join('\n\n');
  if (aliases.length > MAX_ALIASES) {
    throw new ActorMergeError(
      message('errors:mergeTooManyAliases', { name: into.name, count: aliases.length, limit: MAX_ALIASES }),
    );
  }
  if (affiliations.length > MAX_AFFILIATIONS) {
    throw new ActorMergeError(
      message('errors:mergeTooManyAffiliations', {
        name: into.name,
        count: affiliations.length,
        limit: MAX_AFFILIATIONS,
      }),
    );
  }
  if (notes.length > limits.noteLength) {
    throw new ActorMergeError(message('errors:mergeNotesTooLong', { count: limits.noteLength }));
  }

  const changedAnnotations: Annotation[] = [];
  for (const annotation of annotations) {
    if (involvesActor(annotation, fromId))
      changedAnnotations.push({ ...replaceActor(annotation, fromId, intoId), modified: now });
  }

  const changedActors: Actor[] = [];
  for (const actor of actors) {
    if (actor === from || actor === into) continue;
    if (!actor.affiliations.some((affiliation) => affiliation.organizationId === fromId)) continue;
    changedActors.push({ ...actor, affiliations: uniqueAffiliations(actor.affiliations.map(relink)), modified: now });
  }

  return {
    actor: { ...into, aliases, affiliations, notes, modified: now },
    removedActorId: fromId,
    changedAnnotations,
    changedActors,
  };
}

/**
 * The aliases in order, without repeats or the name itself, ignoring case
 * and surrounding spaces. Unlike names (see nameKey), spellings that differ
 * otherwise (Горбачёв, Горбачев) are both kept: either may be how a text
 * writes the name. Used whenever an actor's aliases are saved.
 */
export function uniqueAliases(name: string, aliases: readonly string[]): string[] {
  const fold = (text: string): string => text.trim().toLocaleLowerCase('ru');
  const seen = new Set([fold(name)]);
  const result: string[] = [];
  for (const alias of aliases) {
    const key = fold(alias);
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(alias);
  }
  return result;
}

/** The affiliations in order, without exact repeats (same organisation, role and dates). */
function uniqueAffiliations(affiliations: readonly Affiliation[]): Affiliation[] {
  const seen = new Set<string>();
  return affiliations.filter((affiliation) => {
    const key = JSON.stringify([affiliation.organizationId, affiliation.role, affiliation.from, affiliation.to]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
