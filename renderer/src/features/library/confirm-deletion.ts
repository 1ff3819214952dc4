import type { DocumentSummary } from '../../../../shared/model/document.ts';
import { useAppStore } from '../../store/app-store.ts';
import { askToConfirm } from '../../ui/confirm-store.ts';
import { t } from '../../i18n/i18n.ts';

/**
 * Asks before deleting documents, saying what goes with them (every
 * coder's annotations, and the links touching those), then deletes them.
 * Cancel changes nothing. Resolves true when they were deleted.
 */
export async function confirmDocumentDeletion(documents: readonly DocumentSummary[]): Promise<boolean> {
  const { previewDeletion, deleteDocuments } = useAppStore.getState();
  const ids = documents.map((d) => d.id);
  const counts = await previewDeletion(ids);
  if (!counts) return false;
  const what = {
    annotations: t('library:annotationCount', { count: counts.annotations }),
    links: t('library:linkCount', { count: counts.links }),
  };
  const question =
    documents.length === 1
      ? t('library:deleteOne', { ...what, title: documents[0]?.title ?? '' })
      : t('library:deleteMany', { ...what, documents: t('library:documentCount', { count: counts.documents }) });
  if (!(await askToConfirm(question, { confirmLabel: t('library:delete'), danger: true }))) return false;
  return deleteDocuments(ids);
}

/** Asks before removing the sample texts, saying what goes with them, then removes them. */
export async function confirmSampleRemoval(samples: readonly DocumentSummary[]): Promise<boolean> {
  const { previewDeletion, removeSampleTexts } = useAppStore.getState();
  const counts = await previewDeletion(samples.map((d) => d.id));
  if (!counts) return false;
  const question = t('library:removeSamplesQuestion', {
    count: counts.documents,
    annotations: t('library:annotationCount', { count: counts.annotations }),
    links: t('library:linkCount', { count: counts.links }),
  });
  if (!(await askToConfirm(question, { confirmLabel: t('library:remove'), danger: true }))) return false;
  return removeSampleTexts();
}
