import type { UnitClass } from './agreement-types.ts';
import type { UnitMembers } from './align-units.ts';

/**
 * How a unit's coders differ. Not every coder marked it: `only-some`.
 * Otherwise by the two things that can differ, span and category: both the
 * same is `agree`; same span, other category `tag-differs`; same category,
 * other span `boundary-differs`; both `both-differ`.
 */
export function classifyUnit(members: UnitMembers): UnitClass {
  const first = members[0];
  if (!first) return 'only-some';
  let sameSpan = true;
  let sameCategory = true;
  for (const m of members) {
    if (!m) return 'only-some';
    if (m.start !== first.start || m.end !== first.end) sameSpan = false;
    if (m.category !== first.category) sameCategory = false;
  }
  if (sameSpan) return sameCategory ? 'agree' : 'tag-differs';
  return sameCategory ? 'boundary-differs' : 'both-differ';
}

/** Every class at 0, to count into. */
export function emptyClassCounts(): Record<UnitClass, number> {
  return { agree: 0, 'tag-differs': 0, 'boundary-differs': 0, 'both-differ': 0, 'only-some': 0 };
}
