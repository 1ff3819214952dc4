import type { Translate } from '../../../../shared/i18n/i18n.ts';
import { ActorTypeSchema } from '../../../../shared/model/actor.ts';

const kinds = {
  actors: 'sync:kind-actors',
  tags: 'sync:kind-tags',
  concepts: 'sync:kind-concepts',
  linkTypes: 'sync:kind-linkTypes',
  field: 'sync:kind-field',
  file: 'sync:kind-file',
} as const;

const fields = {
  name: 'sync:field-name',
  type: 'sync:field-type',
  aliases: 'sync:field-aliases',
  notes: 'sync:field-notes',
  note: 'sync:field-note',
  description: 'sync:field-description',
  color: 'sync:field-color',
  parent: 'sync:field-parent',
  shortcut: 'sync:field-shortcut',
  affiliations: 'sync:field-affiliations',
  created: 'sync:field-created',
  modified: 'sync:field-modified',
} as const;

/** A conflict's kind in words; a kind this window does not know (a newer core's) is a “Record”. */
export function conflictKindWords(kind: string, t: Translate): string {
  return Object.hasOwn(kinds, kind) ? t(kinds[kind as keyof typeof kinds]) : t('sync:kind-other');
}

/** A record's field in words; one the catalog does not name shows as stored. */
export function fieldWords(key: string, t: Translate): string {
  return Object.hasOwn(fields, key) ? t(fields[key as keyof typeof fields]) : key;
}

/** A field's value in words where the catalog has them: an actor's type. */
export function fieldValueWords(kind: string, key: string | null, value: string, t: Translate): string {
  if (kind === 'actors' && key === 'type') {
    const type = ActorTypeSchema.safeParse(value);
    if (type.success) return t(`model:actorType-${type.data}`);
  }
  return value;
}
