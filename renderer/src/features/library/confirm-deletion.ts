import type { DocumentSummary } from '../../../../shared/model/document.ts';
import { useAppStore } from '../../store/app-store.ts';
import { askToConfirm } from '../../ui/confirm-store.ts';
import { countOf } from '../../ui/count-of.ts';

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
  const what = documents.length === 1 ? `“${documents[0]?.title}”` : countOf(counts.documents, 'document');
  const question =
    `Delete ${what} with ${countOf(counts.annotations, 'annotation')} and ${countOf(counts.links, 'link')}?\n\n` +
    `${documents.length === 1 ? 'Its text' : 'Their texts'}, every coder’s annotations of ${documents.length === 1 ? 'it' : 'them'} and the links to those go. Undo (Ctrl+Z) brings it all back.`;
  if (!(await askToConfirm(question, { confirmLabel: 'Delete', danger: true }))) return false;
  return deleteDocuments(ids);
}

/** Asks before removing the sample texts, saying what goes with them, then removes them. */
export async function confirmSampleRemoval(samples: readonly DocumentSummary[]): Promise<boolean> {
  const { previewDeletion, removeSampleTexts } = useAppStore.getState();
  const counts = await previewDeletion(samples.map((d) => d.id));
  if (!counts) return false;
  const question =
    `Remove the ${countOf(counts.documents, 'sample text')} with ${countOf(counts.annotations, 'annotation')} and ${countOf(counts.links, 'link')}?\n\n` +
    'The sample actors and concepts go too, unless your own annotations use them. Your own documents stay as they are. Undo (Ctrl+Z) brings it all back.';
  if (!(await askToConfirm(question, { confirmLabel: 'Remove', danger: true }))) return false;
  return removeSampleTexts();
}
