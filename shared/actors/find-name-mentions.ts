import type { Actor } from '../model/actor.ts';
import { findOccurrences } from '../search/find-occurrences.ts';
import { parseQuery } from '../search/parse-query.ts';

/** A place where a text names an actor, not yet tagged: a suggestion for the user to accept or reject. */
export interface NameMention {
  actorId: string;
  start: number;
  end: number;
  /** The name or alias that matched, as the registry spells it. */
  name: string;
}

/**
 * Where a text names one of the actors, by name or alias, in any
 * grammatical form (Токаев, Токаева, Токаеву; multi-word aliases as
 * phrases: «Касым-Жомарт Токаев»). Where names overlap, the longest wins
 * (Касым-Жомарт Токаев over Токаев); stretches in `taken` (already tagged
 * mentions) are left out.
 */
export function findNameMentions(
  text: string,
  actors: readonly Actor[],
  taken: readonly { start: number; end: number }[] = [],
): NameMention[] {
  const found: NameMention[] = [];
  for (const actor of actors) {
    for (const name of new Set([actor.name, ...actor.aliases])) {
      const words = parseQuery(`"${name.replaceAll('"', ' ')}"`);
      if (!words.length) continue;
      for (const o of findOccurrences(text, words)) found.push({ actorId: actor.id, start: o.start, end: o.end, name });
    }
  }
  // Longest first, then by position: a longer name claims its stretch before the shorter ones inside it.
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: NameMention[] = [];
  const overlaps = (m: { start: number; end: number }, others: readonly { start: number; end: number }[]) =>
    others.some((o) => m.start < o.end && o.start < m.end);
  for (const m of found) if (!overlaps(m, taken) && !overlaps(m, kept)) kept.push(m);
  return kept.sort((a, b) => a.start - b.start);
}
