import { describe, expect, it } from 'vitest';
import { translator } from '../../../../shared/i18n/i18n.ts';
import type { SyncHistoryEntry } from '../../../../shared/sync/sync-types.ts';
import { entryChanges, historyKind, olderLimit, sharedFileWords } from './history-words.ts';

const en = translator('en');
const ru = translator('ru');
const coders = [
  { id: 'anna', name: 'Anna' },
  { id: 'boris', name: 'Борис Константинович Преображенский' },
];

const entry = (over: Partial<SyncHistoryEntry>): SyncHistoryEntry => ({
  commit: 'c1',
  coderId: 'boris',
  coderName: 'Boris',
  at: '2026-12-02T10:00:00.000Z',
  kind: 'changes',
  documentsAdded: 0,
  documentsRemoved: 0,
  annotations: [],
  sharedFiles: [],
  ...over,
});

describe('history words', () => {
  it('names the kind of a commit, and none for a coder’s own changes', () => {
    expect(historyKind(en, 'merge')).toBe('merged colleagues’ changes');
    expect(historyKind(ru, 'publish')).toBe('проект опубликован');
    expect(historyKind(en, 'other')).toBe('a commit made outside Glossator');
    expect(historyKind(en, 'changes')).toBeNull();
  });

  it('words documents and annotations per coder, Russian plurals included', () => {
    const e = entry({
      documentsAdded: 5,
      documentsRemoved: 1,
      annotations: [
        { coderId: 'boris', coderName: 'Boris', added: 1, changed: 0, removed: 0 },
        // A layer rewritten without any annotation changing (a reformatted file) says nothing.
        { coderId: 'anna', coderName: 'Anna', added: 0, changed: 0, removed: 0 },
      ],
    });
    expect(entryChanges(en, e, coders)).toEqual([
      '5 documents added',
      '1 document removed',
      'Boris: +1 ~0 −0 annotations',
    ]);
    expect(entryChanges(ru, entry({ documentsAdded: 2 }), coders)).toEqual(['добавлено 2 документа']);
    expect(entryChanges(ru, entry({ documentsAdded: 21 }), coders)).toEqual(['добавлен 21 документ']);
    expect(entryChanges(ru, entry({ documentsAdded: 11 }), coders)).toEqual(['добавлено 11 документов']);
  });

  it('says nothing changed when no record did', () => {
    expect(entryChanges(en, entry({}), coders)).toEqual(['no change to records']);
    expect(entryChanges(ru, entry({ sharedFiles: ['.gitignore'] }), coders)).toEqual(['записи не менялись']);
  });

  it('names the shared files in words, a coder’s links by name, curation counted, unknown paths as they are', () => {
    const paths = ['curation/d1.json', 'links.boris.json', 'actors.json', 'curation/d2.json', 'project.json', 'x.json'];
    expect(sharedFileWords(en, paths, coders)).toEqual([
      'codebook and project settings',
      'actors',
      'links of Борис Константинович Преображенский',
      'curation of 2 documents',
      'x.json',
    ]);
    // A coder no longer in the project is named by id.
    expect(sharedFileWords(ru, ['links.zoe.json', 'curation/d1.json'], coders)).toEqual([
      'связи: zoe',
      'курирование 1 документа',
    ]);
    expect(entryChanges(en, entry({ sharedFiles: ['links.json', 'concepts.json'] }), coders)).toEqual([
      'shared records: link types, concepts',
    ]);
  });

  it('asks for older entries a page at a time, up to the cap, and not when fewer came than asked', () => {
    expect(olderLimit(100, 100)).toBe(200);
    expect(olderLimit(37, 100)).toBeNull();
    expect(olderLimit(400, 400)).toBe(500);
    expect(olderLimit(500, 500)).toBeNull();
  });
});
