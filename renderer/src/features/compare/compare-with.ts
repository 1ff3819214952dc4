import { useAppStore } from '../../store/app-store.ts';
import { useCompareStore } from './compare-store.ts';

/**
 * Opens the Compare view on a document with these coders (the Reader's
 * "Compare with…": its shown layers). Fewer than two keep the view's own
 * choice, so a Reader showing only my layer still opens a comparison.
 */
export function compareWith(documentId: string, coderIds: readonly string[]): void {
  const projectId = useAppStore.getState().project?.id;
  const store = useCompareStore.getState();
  if (projectId) store.loadPrefs(projectId);
  if (new Set(coderIds).size >= 2) store.setCoders([...new Set(coderIds)]);
  useAppStore.getState().navigate({ view: 'compare', documentId });
}
