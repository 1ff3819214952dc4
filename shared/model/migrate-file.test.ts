import { describe, expect, it } from 'vitest';
import { migrateFile } from './migrate-file.ts';
import { ProjectFileSchema, SCHEMA_VERSION } from './project.ts';

/** project.json as Glossator wrote it in format 1 (tags had no kind). */
const version1Project = {
  schemaVersion: 1,
  id: 'p1',
  name: 'Старый проект',
  created: '2026-01-01T00:00:00.000Z',
  codebook: {
    tags: [
      { id: 'claim', name: 'Claim', parent: null, color: '#e8a33d', description: '', shortcut: '1' },
      { id: 'actor-mention', name: 'Actor mention', parent: null, color: '#4caf6e', description: '', shortcut: '3' },
      { id: 'frame', name: 'Frame', parent: null, color: '#777777', description: '', shortcut: null },
    ],
  },
  coders: [{ id: 'c1', name: 'Coder' }],
};

describe('migrateFile', () => {
  it('brings a format-1 project file to the current format, giving tags their kind', () => {
    const migrated = migrateFile(version1Project);
    const parsed = ProjectFileSchema.parse(migrated);
    expect(parsed.schemaVersion).toBe(SCHEMA_VERSION);
    expect(parsed.codebook.tags.map((t) => t.kind)).toEqual(['statement', 'actor-mention', 'plain']);
  });

  it('leaves its input untouched and changes nothing when run twice', () => {
    const copy = structuredClone(version1Project);
    const once = migrateFile(version1Project);
    expect(version1Project).toEqual(copy);
    expect(migrateFile(once)).toEqual(once);
  });

  it('bumps the version of files without tags (annotations, documents)', () => {
    expect(migrateFile({ schemaVersion: 1, documentId: 'd', annotations: [] })).toEqual({
      schemaVersion: SCHEMA_VERSION,
      documentId: 'd',
      annotations: [],
    });
  });

  it('takes a format-2 document to the current format unchanged but for the number (3 and 4 add no required field)', () => {
    const document = { id: 'd', title: 'T', metadata: {}, created: '2026-01-01T00:00:00.000Z', textLength: 3 };
    expect(migrateFile({ schemaVersion: 2, document })).toEqual({ schemaVersion: SCHEMA_VERSION, document });
  });

  it('passes through what it cannot migrate: non-objects, newer versions, no version', () => {
    expect(migrateFile(null)).toBeNull();
    expect(migrateFile([1])).toEqual([1]);
    expect(migrateFile({ schemaVersion: 99 })).toEqual({ schemaVersion: 99 });
    expect(migrateFile({ name: 'x' })).toEqual({ name: 'x' });
  });
});
