import { SCHEMA_VERSION } from './project.ts';

type Raw = Record<string, unknown>;

/**
 * One step per past format: steps[v] turns a file of version v into one of
 * version v + 1. Steps work on plain JSON (before the schema check) and
 * return new objects: the file on disk is only rewritten, in the current
 * format, when the user next changes something in it.
 */
const steps: Record<number, (file: Raw) => Raw> = {
  // 1 → 2: tags gained a kind (statement / actor mention / plain). The
  // default codebook's Claim and Proposal are statements, Actor mention
  // names actors; every other tag is plain.
  1: (file) => {
    const codebook = file.codebook as { tags?: unknown } | undefined;
    if (!codebook || !Array.isArray(codebook.tags)) return { ...file, schemaVersion: 2 };
    const tags = codebook.tags.map((tag: Raw) =>
      tag && typeof tag === 'object' && !('kind' in tag) ? { ...tag, kind: kindOfVersion1Tag(tag.id) } : tag,
    );
    return { ...file, schemaVersion: 2, codebook: { ...codebook, tags } };
  },
  // 2 → 3: only additions, all optional — documents' sourceHash and fileName
  // (imports), annotations' conceptId, and the new links.json and
  // concepts.json. The number changes so that an older Glossator refuses
  // the project whole instead of setting aside files it cannot parse.
  2: (file) => ({ ...file, schemaVersion: 3 }),
  // 3 → 4: coder layers. Annotations and links move into one file per coder
  // (documents/<id>/annotations.<coderId>.json, links.<coderId>.json); the
  // old shared files are read as they are and replaced by their layers at
  // the next change. Every other file only changes its number, which makes
  // an older Glossator refuse the project instead of missing the layers.
  3: (file) => ({ ...file, schemaVersion: 4 }),
};

function kindOfVersion1Tag(id: unknown): string {
  if (id === 'claim' || id === 'proposal') return 'statement';
  if (id === 'actor-mention') return 'actor-mention';
  return 'plain';
}

/**
 * Brings a stored file of any past version up to SCHEMA_VERSION. Files
 * without a version, or of the current or a newer version, are returned
 * as they are (the schema check and the newer-version check deal with them).
 */
export function migrateFile(raw: unknown): unknown {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  let file = raw as Raw;
  while (typeof file.schemaVersion === 'number' && file.schemaVersion < SCHEMA_VERSION) {
    const step = steps[file.schemaVersion];
    if (!step) return file;
    file = step(file);
  }
  return file;
}
