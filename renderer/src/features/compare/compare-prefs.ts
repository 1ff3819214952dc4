import { z } from 'zod';
import { defaultUnitRule, type UnitRule, UnitRuleSchema } from '../../../../shared/agreement/agreement-types.ts';
import { isCuratedLayer } from '../../../../shared/curation/curation-types.ts';
import { IdSchema } from '../../../../shared/model/ids.ts';

/** One document's layers: side by side, one column per coder, or stacked in one text. */
export type CompareLayout = 'columns' | 'stacked';

/** What the Compare view remembers per project: whom it compares, how units are formed, how they are laid out. */
export interface ComparePrefs {
  /** The coders chosen (two or more); null for the default, every coder of the project. */
  coderIds: string[] | null;
  rule: UnitRule;
  layout: CompareLayout;
  /** Curation mode: the curated layer above the coders', with the actions that decide each unit. */
  curate: boolean;
}

/** By default units are formed as the Agreement view and the CLI form them (defaultUnitRule). */
export const defaultPrefs: ComparePrefs = {
  coderIds: null,
  rule: defaultUnitRule,
  layout: 'columns',
  curate: false,
};

const PrefsSchema = z.object({
  coderIds: z.array(IdSchema).min(2).max(1000).nullable().catch(null),
  rule: UnitRuleSchema.catch(defaultPrefs.rule),
  layout: z.enum(['columns', 'stacked']).catch(defaultPrefs.layout),
  curate: z.boolean().catch(defaultPrefs.curate),
});

const storageKey = (projectId: string) => `glossator.compare.${projectId}`;

/** The choices last made in this project; anything unreadable falls back to the default, field by field. */
export function rememberedPrefs(storage: Pick<Storage, 'getItem'> | undefined, projectId: string): ComparePrefs {
  try {
    const raw = storage?.getItem(storageKey(projectId));
    if (!raw) return defaultPrefs;
    const parsed = PrefsSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : defaultPrefs;
  } catch {
    return defaultPrefs;
  }
}

export function rememberPrefs(
  storage: Pick<Storage, 'setItem'> | undefined,
  projectId: string,
  prefs: ComparePrefs,
): void {
  try {
    storage?.setItem(storageKey(projectId), JSON.stringify(prefs));
  } catch {
    // A full or refused storage only means the choice is not remembered.
  }
}

/**
 * The coders compared: the remembered choice while two or more of them are
 * still the project's coders; else those of the project's coders who have
 * layers (annotations somewhere), when two or more do; else every coder.
 */
export function chosenCoders(
  prefs: ComparePrefs,
  projectCoders: readonly { id: string }[],
  withLayers: ReadonlySet<string>,
): string[] {
  // The curated layer is what curation makes of the coders' layers, never one of the coders compared.
  const coders = projectCoders.filter((c) => !isCuratedLayer(c.id));
  const known = new Set(coders.map((c) => c.id));
  const kept = (prefs.coderIds ?? []).filter((id) => known.has(id));
  if (kept.length >= 2) return kept;
  const coding = coders.filter((c) => withLayers.has(c.id)).map((c) => c.id);
  return coding.length >= 2 ? coding : coders.map((c) => c.id);
}
