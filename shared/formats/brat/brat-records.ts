import type { Actor } from '../../model/actor.ts';
import type { Tag, TagKind } from '../../model/codebook.ts';
import type { Concept } from '../../model/concept.ts';
import { IdSchema } from '../../model/ids.ts';
import { limits } from '../../model/limits.ts';
import type { LinkType } from '../../model/link.ts';
import type { ParsedConf } from './brat-conf.ts';
import { bratDb } from './brat-ann-write.ts';
import { bratHash } from './brat-hash.ts';
import { paletteColour } from '../import-palette.ts';

const time = '2000-01-01T00:00:00.000Z';

/** The link type that joins the fragments of one discontinuous brat annotation. */
export const fragmentLinkType: LinkType = {
  id: 'brat-fragment',
  name: 'Part of the same brat annotation',
  description: 'Joins the fragments of one discontinuous brat annotation (start end;start end), in text order.',
  color: '#4a5568',
};

/**
 * The records an import makes from brat's names: a tag per entity type (its
 * parent from annotation.conf, its name and colour from visual.conf), a link
 * type per relation type, an actor per normalised reference, a concept per
 * Concept reference. Ids are hashes of the names, stable across imports.
 */
export class BratRecords {
  private readonly tagsByType = new Map<string, Tag>();
  private readonly kinds = new Map<string, TagKind>();
  private readonly linkTypesByType = new Map<string, LinkType>();
  private readonly actorsById = new Map<string, Actor>();
  private readonly conceptsById = new Map<string, Concept>();

  constructor(private readonly conf: ParsedConf) {
    for (const type of conf.entities.keys()) this.tag(type);
    for (const type of conf.relations) this.linkType(type);
  }

  /** Our tag id for an entity type, the tag (and its parents) made on first use. */
  tag(type: string): string {
    const known = this.tagsByType.get(type);
    if (known) return known.id;
    const parentType = this.conf.entities.get(type) ?? null;
    // A parent is made first; a cycle cannot arise (each type's parent was declared before it).
    const parent = parentType && parentType !== type ? this.tag(parentType) : null;
    const hash = bratHash(type);
    const tag: Tag = {
      id: `brat-tag-${hash}`,
      name: this.conf.labels.get(type)?.slice(0, limits.nameLength) || type.slice(0, limits.nameLength),
      parent,
      // Where visual.conf gives none: chosen by the type's name, so the same on every import.
      color: this.conf.colors.get(type) ?? paletteColour(hash.slice(-2)),
      description: '',
      shortcut: null,
      kind: 'plain',
    };
    // Two types with the same label under one parent would be one name twice: the type tells them apart.
    if (
      [...this.tagsByType.values()].some((t) => t.parent === parent && t.name.toLowerCase() === tag.name.toLowerCase())
    ) {
      tag.name = `${tag.name} (${type})`.slice(0, limits.nameLength);
    }
    this.tagsByType.set(type, tag);
    return tag.id;
  }

  /** What an attribute or a reference says about the tag of its annotation: a statement, or an actor mention. */
  markKind(type: string, kind: TagKind): void {
    if (this.kinds.get(type) !== 'statement') this.kinds.set(type, kind);
  }

  linkType(type: string): string {
    const known = this.linkTypesByType.get(type);
    if (known) return known.id;
    const linkType: LinkType = {
      id: `brat-rel-${bratHash(type)}`,
      name: this.conf.labels.get(type)?.slice(0, limits.nameLength) || type.slice(0, limits.nameLength),
      description: '',
      color: this.conf.colors.get(type) ?? '#4a5568',
    };
    this.linkTypesByType.set(type, linkType);
    return linkType.id;
  }

  /** Our id of the actor `db:ref` (ours keep their id), made with `name` on first use. */
  actor(db: string, ref: string, name: string): string {
    const id = db === bratDb && IdSchema.safeParse(ref).success ? ref : `brat-actor-${bratHash(`${db}:${ref}`)}`;
    if (!this.actorsById.has(id)) {
      this.actorsById.set(id, {
        id,
        name: name.slice(0, limits.nameLength).trim() || id,
        type: 'other',
        aliases: [],
        affiliations: [],
        notes: '',
        created: time,
        modified: time,
      });
    }
    return id;
  }

  concept(db: string, ref: string, name: string): string {
    const id = db === bratDb && IdSchema.safeParse(ref).success ? ref : `brat-concept-${bratHash(`${db}:${ref}`)}`;
    if (!this.conceptsById.has(id)) {
      this.conceptsById.set(id, {
        id,
        name: name.slice(0, limits.titleLength).trim() || id,
        description: '',
        created: time,
        modified: time,
      });
    }
    return id;
  }

  tags(): Tag[] {
    return [...this.tagsByType.entries()].map(([type, tag]) => ({ ...tag, kind: this.kinds.get(type) ?? 'plain' }));
  }

  linkTypes(withFragments: boolean): LinkType[] {
    return [...(withFragments ? [fragmentLinkType] : []), ...this.linkTypesByType.values()];
  }

  actors(): Actor[] {
    return [...this.actorsById.values()];
  }

  concepts(): Concept[] {
    return [...this.conceptsById.values()];
  }
}
