import { mapAnnotationsThroughChanges } from '../../../../shared/anchoring/map-annotations.ts';
import { applyTextChanges, textChangeProblem } from '../../../../shared/anchoring/text-change.ts';
import type { DocumentInfo } from '../../../../shared/model/document.ts';
import { patchMetadata } from '../../../../shared/library/patch-metadata.ts';
import type { Handlers } from '../../../../shared/ipc/contract.ts';
import { ApiError } from '../../../../shared/ipc/errors.ts';
import type { ChangeWithHistory } from '../../../../shared/ipc/results.ts';
import { type RecordEdit, toChangeSet } from '../../store/record-edit.ts';
import { type DeletionPlan, planDocumentDeletion, planSampleRemoval } from '../document-deletion.ts';
import { backUpFirst, type ProjectSession } from '../project-session.ts';
import { shortQuote } from './checks.ts';
import { because, type Message, message } from '../../../../shared/i18n/message.ts';

type DocumentHandlers = Pick<
  Handlers,
  | 'updateDocument'
  | 'updateDocuments'
  | 'editText'
  | 'documentDeletionPreview'
  | 'deleteDocuments'
  | 'removeSampleTexts'
>;

/** Changes to a document itself: its title and memo, corrections of its text, and deleting it. */
export function documentHandlers(session: ProjectSession): DocumentHandlers {
  return {
    async updateDocument({ documentId, title, memo, metadata }) {
      const label = message(
        memo !== undefined
          ? 'history:editDocumentMemo'
          : metadata
            ? 'history:editDocumentDetails'
            : 'history:renameDocument',
      );
      return session.change(label, async (s) => {
        const next: DocumentInfo = { ...s.documentInfo(documentId) };
        if (title !== undefined) next.title = title;
        if (memo !== undefined) {
          if (memo) next.memo = memo;
          else delete next.memo;
        }
        if (metadata) next.metadata = patchMetadata(next.metadata, metadata);
        return { edit: { documents: [next] }, result: next };
      });
    },

    async updateDocuments({ documentIds, metadata }) {
      const ids = [...new Set(documentIds)];
      return session.change(message('history:editDetailsOf', { count: ids.length }), async (s) => {
        const infos = ids.map((id) => s.documentInfo(id));
        const next = infos.map((info) => ({ ...info, metadata: patchMetadata(info.metadata, metadata) }));
        return { edit: { documents: next }, result: next };
      });
    },

    async editText({ documentId, expectedLength, changes }) {
      return session.change(message('history:editText'), async (s) => {
        const info = s.documentInfo(documentId);
        const { text } = await s.text(documentId);
        if (text.length !== expectedLength) {
          throw new ApiError('conflict', message('errors:textChangedInEditor'));
        }
        const problem = textChangeProblem(text, changes);
        if (problem) throw new ApiError('invalid-input', because('errors:textCorrectionBecause', problem));
        const newText = applyTextChanges(text, changes);
        // Every coder's annotations move with the text (no requireOwnLayer): the text is shared, and a layer left on the old offsets would be wrong.
        const before = s.annotations(documentId);
        const mapped = mapAnnotationsThroughChanges(text, newText, before, changes);
        const changed = mapped.annotations.filter((a, i) => a !== before[i]);
        const document: DocumentInfo = { ...info, textLength: newText.length };
        const edit: RecordEdit = {
          texts: [{ documentId, text: newText }],
          documents: [document],
          annotations: changed.map((a) => ({ id: a.id, documentId, after: a })),
        };
        const annotations = [...mapped.annotations].sort((a, b) => a.start - b.start || a.end - b.end);
        return { edit, result: { document, annotations, orphaned: mapped.orphaned.length } };
      });
    },

    async documentDeletionPreview({ documentIds }) {
      return planDocumentDeletion(session.store, documentIds).counts;
    },

    async deleteDocuments({ documentIds }) {
      const ids = [...new Set(documentIds)];
      const only = ids.length === 1 ? session.store.documentInfo(ids[0] as string) : null;
      const label = only
        ? message('history:deleteQuote', { quote: shortQuote(only.title) })
        : message('history:deleteDocuments', { count: ids.length });
      return deletion(session, label, (s) => planDocumentDeletion(s, ids));
    },

    async removeSampleTexts() {
      return deletion(session, message('history:removeSamples'), planSampleRemoval);
    },
  };
}

/** A deletion as one undo step, planned when its turn comes (the project as it then is). */
async function deletion(
  session: ProjectSession,
  label: Message,
  plan: (store: ProjectSession['store']) => DeletionPlan,
): Promise<ChangeWithHistory> {
  const change = await session.change(
    label,
    async (s) => {
      const { edit } = plan(s);
      return { edit, result: toChangeSet(edit) };
    },
    backUpFirst,
  );
  return { change, history: session.history.labels() };
}
