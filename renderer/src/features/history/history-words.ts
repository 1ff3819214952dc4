import type { Translate } from '../../../../shared/i18n/i18n.ts';
import type { Coder } from '../../../../shared/model/coder.ts';
import type { SyncHistoryEntry } from '../../../../shared/sync/sync-types.ts';

/** What a commit was, in words; null for a coder's own changes (the changes themselves say it). */
export function historyKind(t: Translate, kind: SyncHistoryEntry['kind']): string | null {
  switch (kind) {
    case 'merge':
      return t('sync:history-kind-merge');
    case 'publish':
      return t('sync:history-kind-publish');
    case 'other':
      return t('sync:history-kind-other');
    default:
      return null;
  }
}

/**
 * What a commit changed, one phrase a part: documents added and removed, annotations per coder, the shared
 * files; «no change to records» when nothing a researcher reads changed (a .gitignore, an empty merge).
 */
export function entryChanges(t: Translate, entry: SyncHistoryEntry, coders: readonly Coder[]): string[] {
  const parts: string[] = [];
  if (entry.documentsAdded) parts.push(t('sync:history-documentsAdded', { count: entry.documentsAdded }));
  if (entry.documentsRemoved) parts.push(t('sync:history-documentsRemoved', { count: entry.documentsRemoved }));
  for (const a of entry.annotations) {
    if (!a.added && !a.changed && !a.removed) continue;
    parts.push(
      t('sync:history-annotations', { name: a.coderName, added: a.added, changed: a.changed, removed: a.removed }),
    );
  }
  const files = sharedFileWords(t, entry.sharedFiles, coders);
  if (files.length) parts.push(t('sync:history-shared', { files: files.join(', ') }));
  return parts.length ? parts : [t('sync:history-nothing')];
}

// The project's shared files by path (electron/core/store/project-layout.ts), in the order they are named.
const named = {
  'project.json': 'sync:history-file-project',
  'actors.json': 'sync:history-file-actors',
  'links.json': 'sync:history-file-linkTypes',
  'concepts.json': 'sync:history-file-concepts',
  'tag-mappings.json': 'sync:history-file-tagMappings',
  'curation.json': 'sync:history-file-quickReasons',
} as const;
const linkLayer = /^links\.([A-Za-z0-9][A-Za-z0-9_-]{0,63})\.json$/;
const curationFile = /^curation\/[A-Za-z0-9][A-Za-z0-9_-]{0,63}\.json$/;
// Not a record a researcher reads: kept out of the words.
const unseen = new Set(['.gitignore']);

/**
 * The shared files a commit changed, in words: the codebook, actors, link types…; a coder's links by the
 * coder's name; the curation files counted as documents. A path Glossator does not know is shown as it is.
 */
export function sharedFileWords(t: Translate, paths: readonly string[], coders: readonly Coder[]): string[] {
  const words: string[] = [];
  const seen = new Set(paths);
  for (const [path, key] of Object.entries(named)) if (seen.has(path)) words.push(t(key));
  let curated = 0;
  const others: string[] = [];
  for (const path of paths) {
    if (path in named || unseen.has(path)) continue;
    const layer = linkLayer.exec(path);
    if (layer) {
      const id = layer[1] as string;
      words.push(t('sync:history-file-links', { name: coders.find((c) => c.id === id)?.name ?? id }));
    } else if (curationFile.test(path)) curated++;
    else others.push(path);
  }
  if (curated) words.push(t('sync:history-file-curation', { count: curated }));
  return [...words, ...others];
}

/** The History's first page, and the most the contract gives (getSyncHistory's limit). */
export const historyPage = 100;
export const historyMax = 500;

/** How many entries "Show older" asks for next, or null when there can be no more: fewer came than asked, or the cap. */
export function olderLimit(shown: number, asked: number): number | null {
  if (shown < asked || asked >= historyMax) return null;
  return Math.min(historyMax, asked + historyPage);
}
