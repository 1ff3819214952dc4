import type { Annotation } from '../../model/annotation.ts';
import { limits } from '../../model/limits.ts';
import { type Link, LinkSchema, type LinkType, LinkTypeSchema } from '../../model/link.ts';
import { checked } from './read-checked.ts';
import { colourOf, joinTexts, nameOf } from './read-fields.ts';
import { derivedId, type GuidKinds, idOfGuid } from './read-ids.ts';
import type { RefiProject } from './read-records.ts';

/** The name a link type gets when a REFI link has none. */
const UNNAMED_LINK = 'REFI-QDA link';

/**
 * Links whose two ends are selections we imported, from the first
 * annotation of one to the first of the other; a link type per link name.
 * Links to codes, sources or notes have no place here: counted.
 */
export function mapLinks(
  project: RefiProject,
  guids: GuidKinds,
  bySelection: ReadonlyMap<string, Annotation>,
  file: string,
  time: string,
  notesOf: (refs: readonly string[]) => string[],
): { links: Link[]; linkTypes: LinkType[]; skipped: number } {
  const links: Link[] = [];
  const types = new Map<string, LinkType>();
  let skipped = 0;
  for (const link of project.links) {
    const id = guids.add('link', link.guid, file);
    const from = link.origin === null ? undefined : bySelection.get(idOfGuid(link.origin));
    const to = link.target === null ? undefined : bySelection.get(idOfGuid(link.target));
    if (!from || !to || from.id === to.id) {
      skipped += 1;
      continue;
    }
    const name = nameOf(link.name, UNNAMED_LINK, limits.nameLength);
    const typeId = derivedId('refi-link', name.toLowerCase());
    if (!types.has(typeId)) {
      types.set(
        typeId,
        checked(LinkTypeSchema, { id: typeId, name, description: '', color: colourOf(link.color, name) }, file, typeId),
      );
    }
    links.push(
      checked(
        LinkSchema,
        {
          id,
          fromId: from.id,
          toId: to.id,
          typeId,
          coderId: from.coderId,
          note: joinTexts(notesOf(link.noteRefs), limits.noteLength),
          created: from.created ?? time,
          modified: from.modified ?? time,
        },
        file,
        id,
      ),
    );
  }
  return { links, linkTypes: [...types.values()], skipped };
}
