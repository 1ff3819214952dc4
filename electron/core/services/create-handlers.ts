import { documentFacets } from '../../../shared/library/document-facets.ts';
import { randomUUID } from 'node:crypto';
import type { DocumentInfo } from '../../../shared/model/document.ts';
import { normalizeText } from '../../../shared/text/normalize-text.ts';
import type { Handlers } from '../../../shared/ipc/contract.ts';
import { actorHandlers } from './handlers/actor-handlers.ts';
import { annotationHandlers } from './handlers/annotation-handlers.ts';
import { codebookHandlers } from './handlers/codebook-handlers.ts';
import { documentHandlers } from './handlers/document-handlers.ts';
import { historyHandlers } from './handlers/history-handlers.ts';
import { backupHandlers } from './handlers/backup-handlers.ts';
import { bundleExportHandlers } from './handlers/bundle-export-handlers.ts';
import { bundleImportHandlers } from './handlers/bundle-import-handlers.ts';
import { identityHandlers } from './handlers/identity-handlers.ts';
import { creationTime } from '../import/creation-time.ts';
import { textHash } from '../import/text-hash.ts';
import { conceptHandlers } from './handlers/concept-handlers.ts';
import { importHandlers } from './handlers/import-handlers.ts';
import { linkHandlers } from './handlers/link-handlers.ts';
import { networkHandlers } from './handlers/network-handlers.ts';
import { suggestionHandlers } from './handlers/suggestion-handlers.ts';
import { searchHandlers } from './handlers/search-handlers.ts';
import { fileHandlers } from './handlers/file-handlers.ts';
import { layerHandlers } from './handlers/layer-handlers.ts';
import { agreementHandlers } from './handlers/agreement-handlers.ts';
import { tagMappingHandlers } from './handlers/tag-mapping-handlers.ts';
import { exchangeHandlers } from './handlers/exchange-handlers.ts';
import { curationUnitHandlers } from './handlers/curation-unit-handlers.ts';
import { curationLogHandlers } from './handlers/curation-log-handlers.ts';
import { syncHandlers } from './handlers/sync-handlers.ts';
import type { ProjectSession } from './project-session.ts';

/**
 * The core: every contract call, implemented once over the open project.
 * Inputs arrive already checked against their schemas (see dispatch); what
 * a schema cannot know — that an id exists, that a span fits the text — is
 * checked here, before anything changes.
 */
export function createHandlers(session: ProjectSession): Handlers {
  const store = () => session.store;

  const handlers = {
    async getProjectInfo() {
      return store().info();
    },

    async renameProject({ name }) {
      await session.exclusive(() => store().rename(name));
      return store().info();
    },

    async openProject({ path, withSample }) {
      await session.open(path, { withSample: withSample ?? false });
      return store().info();
    },

    async listDocuments() {
      return store().listDocuments();
    },

    async getDocument({ documentId, withOriginal }) {
      const info = store().documentInfo(documentId);
      const { text, originalText } = await store().text(documentId);
      return withOriginal ? { ...info, text, originalText } : { ...info, text };
    },

    async addDocument({ title, text, metadata }) {
      const normalized = normalizeText(text);
      const info: DocumentInfo = {
        id: randomUUID(),
        title,
        metadata: metadata ?? {},
        created: creationTime(),
        textLength: normalized.length,
        sourceHash: textHash(normalized),
      };
      // In the order of changes, like an import: never inside a sync's merge (whose store is then read again).
      await session.exclusive(async () => {
        await store().addDocument(info, { text: normalized, originalText: text });
        session.imports.noteAdded(info);
      });
      return { ...info, ...documentFacets([]), curationStatus: 'not-started' };
    },

    ...identityHandlers(session),
    ...annotationHandlers(session),
    ...codebookHandlers(session),
    ...actorHandlers(session),
    ...documentHandlers(session),
    ...historyHandlers(session),
    ...backupHandlers(session),
    ...bundleExportHandlers(session),
    ...searchHandlers(session),
    ...importHandlers(session),
    ...linkHandlers(session),
    ...conceptHandlers(session),
    ...networkHandlers(session),
    ...suggestionHandlers(session),
    ...bundleImportHandlers(session),
    ...fileHandlers(session),
    ...layerHandlers(session),
    ...agreementHandlers(session),
    ...tagMappingHandlers(session),
    ...exchangeHandlers(session),
    ...curationUnitHandlers(session),
    ...curationLogHandlers(session),
    ...syncHandlers(session),
  } satisfies Handlers;

  return handlers;
}
