import { useT } from '../../i18n/i18n.ts';
import { useAppStore } from '../../store/app-store.ts';
import { shownLayerIds } from '../../store/reader-slice.ts';
import { compareWith } from './compare-with.ts';

/**
 * The Reader's "Compare with…": the open document in the Compare view, with
 * the layers the Reader shows (mine and the colleagues ticked). Shown once
 * the project has two coders.
 */
export function CompareWithButton({ documentId }: { documentId: string }) {
  const { t } = useT();
  const project = useAppStore((s) => s.project);
  const shown = useAppStore(shownLayerIds);
  if (!project || project.coders.length < 2) return null;
  return (
    <button type="button" onClick={() => compareWith(documentId, [project.coder.id, ...shown])}>
      {t('compare:compareWith')}
    </button>
  );
}
