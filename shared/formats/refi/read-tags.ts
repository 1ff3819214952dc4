import { type Tag, TagSchema } from '../../model/codebook.ts';
import { limits } from '../../model/limits.ts';
import { checked } from './read-checked.ts';
import { colourOf, joinTexts, nameOf } from './read-fields.ts';
import { type GuidKinds, idOfGuid } from './read-ids.ts';
import { tooMany } from './read-limits.ts';
import type { RefiCode } from './read-records.ts';

/** The codes as tags, parents before their children (the order readCodes gives). */
export function mapCodes(
  codes: readonly RefiCode[],
  guids: GuidKinds,
  file: string,
  notesOf: (refs: readonly string[]) => string[],
): Tag[] {
  if (codes.length > limits.tags) tooMany(file, 'Code', codes.length, limits.tags);
  return codes.map((code) => {
    const id = guids.add('code', code.guid, file);
    return checked<Tag>(
      TagSchema,
      {
        id,
        name: nameOf(code.name, code.guid, limits.nameLength),
        parent: code.parent === null ? null : idOfGuid(code.parent),
        color: colourOf(code.color, code.guid),
        description: joinTexts([code.description, ...notesOf(code.noteRefs)], limits.descriptionLength),
        shortcut: null,
        kind: 'plain',
      },
      file,
      id,
    );
  });
}
