import { useMemo, useState } from 'react';
import type { LinkRow } from '../../../../shared/ipc/results.ts';
import type { LinkType } from '../../../../shared/model/link.ts';
import { useT } from '../../i18n/i18n.ts';
import { useAppStore } from '../../store/app-store.ts';
import { coderLabel } from '../../ui/coder-label.ts';
import { ResultLayerNotice, useResultLayer } from '../../ui/ResultLayerNotice.tsx';
import { CURATED_CODER_ID } from '../../../../shared/curation/curation-types.ts';
import { DeleteLinkTypeDialog } from './DeleteLinkTypeDialog.tsx';
import { EditLinkDialog } from './EditLinkDialog.tsx';
import { LinkTable } from './LinkTable.tsx';
import { LinkTypesEditor } from './LinkTypesEditor.tsx';
import './links.css';

const noRows: LinkRow[] = [];

/**
 * Every link of the corpus (#/links), filtered by type and coder, each
 * with both its ends; and the project's link types, to add, rename,
 * recolour or delete. The route loads the links; this view only shows them.
 */
export function LinksView() {
  const loaded = useAppStore((s) => s.corpusLinks);
  const linkTypes = useAppStore((s) => s.linkTypes);
  const project = useAppStore((s) => s.project);
  const { t } = useT();
  const [typeId, setTypeId] = useState('');
  const [coderId, setCoderId] = useState('');
  const [deleting, setDeleting] = useState<LinkType | null>(null);
  const [editing, setEditing] = useState<LinkRow | null>(null);
  const dialogOpen = deleting !== null || editing !== null;
  const rows = loaded ?? noRows;
  // The curated layer shown as the result: its links alone, whatever coder the filter names.
  const curatedShown = useResultLayer().layer === 'curated';
  const onlyCoder = curatedShown ? CURATED_CODER_ID : coderId;
  // Filtered here rather than by the core, so the coder list always offers every coder
  // and the link types' counts (what deleting a type would move) stay every layer's.
  const shown = useMemo(
    () => rows.filter((r) => (!typeId || r.link.typeId === typeId) && (!onlyCoder || r.link.coderId === onlyCoder)),
    [rows, typeId, onlyCoder],
  );
  const coders = useMemo(() => [...new Set(rows.map((r) => r.link.coderId))].sort(), [rows]);
  const usage = useMemo(() => {
    const counts = new Map<string, number>();
    for (const r of rows) counts.set(r.link.typeId, (counts.get(r.link.typeId) ?? 0) + 1);
    return counts;
  }, [rows]);
  const broken = useMemo(() => shown.filter((r) => !r.from || !r.to).length, [shown]);

  return (
    <>
      <div className="links-view" inert={dialogOpen} aria-hidden={dialogOpen || undefined}>
        <section className="links-main" aria-labelledby="links-title">
          <header className="links-header">
            <h1 id="links-title">{t('links:title')}</h1>
            <select aria-label={t('links:onlyType')} value={typeId} onChange={(e) => setTypeId(e.target.value)}>
              <option value="">{t('links:anyType')}</option>
              {linkTypes.map((type) => (
                <option key={type.id} value={type.id}>
                  {type.name}
                </option>
              ))}
            </select>
            <select
              aria-label={t('links:onlyCoder')}
              value={onlyCoder}
              disabled={curatedShown}
              title={curatedShown ? t('resultLayer:coderFixed') : undefined}
              onChange={(e) => setCoderId(e.target.value)}
            >
              <option value="">{t('links:anyCoder')}</option>
              {curatedShown && !coders.includes(CURATED_CODER_ID) && (
                <option value={CURATED_CODER_ID}>{coderLabel(CURATED_CODER_ID, project, t)}</option>
              )}
              {coders.map((id) => (
                <option key={id} value={id}>
                  {coderLabel(id, project, t)}
                </option>
              ))}
            </select>
          </header>
          {/* The list is filtered here: nothing to ask again when the layer changes. */}
          <ResultLayerNotice onLayerChange={() => {}} />
          <p className="links-summary" aria-live="polite">
            {loaded === null
              ? t('links:reading')
              : [
                  shown.length < rows.length
                    ? t('links:linkCountOf', { count: shown.length, total: rows.length })
                    : t('links:linkCount', { count: shown.length }),
                  broken ? t('links:broken', { broken }) : '',
                ]
                  .filter(Boolean)
                  .join(' · ')}
          </p>
          {loaded !== null && shown.length === 0 ? (
            <p className="empty-hint">{rows.length === 0 ? t('links:noLinks') : t('links:noMatch')}</p>
          ) : (
            <LinkTable rows={shown} onEdit={setEditing} />
          )}
        </section>
        <LinkTypesEditor usage={usage} onDelete={setDeleting} />
      </div>
      {editing && <EditLinkDialog row={editing} onClose={() => setEditing(null)} />}
      {deleting && (
        <DeleteLinkTypeDialog type={deleting} count={usage.get(deleting.id) ?? 0} onClose={() => setDeleting(null)} />
      )}
    </>
  );
}
