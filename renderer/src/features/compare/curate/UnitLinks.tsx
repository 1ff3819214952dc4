import { useT } from '../../../i18n/i18n.ts';
import { useAppStore } from '../../../store/app-store.ts';
import { coderLabel } from '../../../ui/coder-label.ts';
import type { CurationIndex } from './curation-index.ts';
import { useCurateStore } from './curate-store.ts';
import { linkStanding, linksOfUnit } from './unit-links.ts';

/**
 * The coders' links touching the selected unit's versions, each with Take
 * and Reject (with the same reason box as the unit's decisions); a link
 * whose ends are not both curated says so and offers nothing.
 */
export function UnitLinks({ curation, members }: { curation: CurationIndex; members: readonly (string | null)[] }) {
  const { t } = useT();
  const project = useAppStore((s) => s.project);
  const linkTypes = useAppStore((s) => s.linkTypes);
  const busy = useCurateStore((s) => s.busy);
  const links = linksOfUnit(curation.curation.links, members);
  if (links.length === 0) return null;
  const quote = (id: string) => {
    const a = curation.curation.comparison.annotations[id] ?? curation.curatedById.get(id);
    const words = a?.quote.exact ?? '…';
    return words.length > 40 ? `${words.slice(0, 39)}…` : words;
  };
  return (
    <section className="cur-links" aria-label={t('compareCurate:linksTitle')}>
      <h3>{t('compareCurate:linksTitle')}</h3>
      <ul>
        {links.map((l) => {
          const standing = linkStanding(l, curation.decisionsById);
          const type = linkTypes.find((lt) => lt.id === l.link.typeId)?.name ?? l.link.typeId;
          const choose = (action: 'take' | 'reject') =>
            void useCurateStore.getState().choose({ kind: 'link', linkId: l.link.id, action });
          return (
            <li key={l.link.id} data-link={l.link.id} data-standing={standing}>
              <span className="cur-link-words">
                {t('compareCurate:linkLine', { type, from: quote(l.link.fromId), to: quote(l.link.toId) })}{' '}
                <span className="cmp-missing">{coderLabel(l.link.coderId, project, t)}</span>
              </span>
              {standing === 'ends-not-curated' ? (
                <span className="cur-link-note">{t('compareCurate:linkNotCurated')}</span>
              ) : (
                <span className="cur-link-actions">
                  {standing === 'taken' && <span className="cur-done">✓ {t('compareCurate:linkTaken')}</span>}
                  {standing === 'rejected' && <span className="cur-done">✗ {t('compareCurate:linkRejected')}</span>}
                  {standing !== 'taken' && (
                    <button type="button" disabled={busy} onClick={() => choose('take')}>
                      {t('compareCurate:linkTake')}
                    </button>
                  )}
                  {standing !== 'rejected' && (
                    <button type="button" disabled={busy} onClick={() => choose('reject')}>
                      {t('compareCurate:linkReject')}
                    </button>
                  )}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
