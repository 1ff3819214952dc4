import { useEffect, useId, useMemo, useState } from 'react';
import { tagPathLabel } from '../../../../shared/codebook/tag-tree.ts';
import type { TagMapping } from '../../../../shared/model/tag-mapping.ts';
import { useT } from '../../i18n/i18n.ts';
import { useFormat } from '../../i18n/use-format.ts';
import { requireApi } from '../../store/api.ts';
import { useAppStore } from '../../store/app-store.ts';
import { messageOf } from '../../store/notice-slice.ts';
import { coderColor } from '../../ui/coder-color.ts';
import { coderLabel } from '../../ui/coder-label.ts';
import { QuickPicker } from '../../ui/QuickPicker.tsx';
import { initialPair, mappingOf, targetTags } from './comparison-rows.ts';
import { DriftLists } from './DriftLists.tsx';
import { MappingList } from './MappingList.tsx';
import { type Side, TagUseList } from './TagUseList.tsx';
import { useCodebookComparison } from './use-codebook-comparison.ts';
import './tag-mapping.css';

export interface CodebookComparisonProps {
  /** The pair compared at first (e.g. the Agreement view's first two coders); the user may pick others here. */
  coders?: readonly [string, string] | null;
  /** Called after a mapping is saved or removed here: agreement figures change, compute them again. */
  onMappingsChanged?: () => void;
}

/** The tag being mapped: whose, which, and which side of the comparison it is on. */
interface Picking {
  coderId: string;
  side: 'A' | 'B';
  fromTagId: string;
}

/**
 * Two coders' use of the codebook side by side — the tags only one of them
 * used, those both used, the same name under other ids, renamed and moved
 * tags — and the mappings that make one coder's tag count as another when
 * they are compared: made from a tag's "Map to…", changed or removed below.
 */
export function CodebookComparison({ coders: asked, onMappingsChanged }: CodebookComparisonProps) {
  const { t } = useT();
  const { number } = useFormat();
  const headingId = useId();
  const project = useAppStore((s) => s.project);
  const tags = useAppStore((s) => s.codebook.tags);
  const refreshHistory = useAppStore((s) => s.refreshHistory);
  const coderIds = useMemo(() => project?.coders.map((c) => c.id) ?? [], [project]);
  const askedA = asked?.[0];
  const askedB = asked?.[1];
  const [pair, setPair] = useState<[string, string] | null>(() => initialPair(coderIds, asked));
  // A new pair asked for by the embedding view: compare it. Coders arriving or leaving: keep the pair while it holds.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new pair asked for chooses again.
  useEffect(() => {
    setPair(initialPair(coderIds, askedA && askedB ? [askedA, askedB] : null));
  }, [askedA, askedB]);
  useEffect(() => {
    setPair((p) => (p && coderIds.includes(p[0]) && coderIds.includes(p[1]) ? p : initialPair(coderIds, null)));
  }, [coderIds]);
  const { comparison, error, loading, reload } = useCodebookComparison(pair);
  const [picking, setPicking] = useState<Picking | null>(null);
  const [busy, setBusy] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);

  const sideOf = (coderId: string): Side => ({
    coderId,
    name: coderLabel(coderId, project, t),
    color: coderColor(project?.coders ?? [], coderId),
  });
  const sides = pair ? ([sideOf(pair[0]), sideOf(pair[1])] as const) : null;

  const change = async (run: () => Promise<unknown>) => {
    setBusy(true);
    setSaveError(null);
    try {
      await run();
      reload();
      void refreshHistory();
      onMappingsChanged?.();
    } catch (e) {
      setSaveError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  const save = (coderId: string, fromTagId: string, toTagId: string) =>
    change(() => requireApi().saveTagMapping({ coderId, fromTagId, toTagId }));
  const remove = (m: TagMapping) => change(() => requireApi().deleteTagMapping({ mappingId: m.id }));
  const startMapping = (coderId: string, fromTagId: string) =>
    setPicking({ coderId, fromTagId, side: pair && coderId === pair[0] ? 'A' : 'B' });

  const choose = (index: 0 | 1, coderId: string) => {
    if (!pair) return;
    setPair(index === 0 ? [coderId, pair[1]] : [pair[0], coderId]);
  };

  return (
    <section className="codebook-comparison" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('tagMapping:title')}</h2>
      <p className="cbc-intro">{t('tagMapping:intro')}</p>
      {!pair || !sides ? (
        <p className="cbc-none">{t('tagMapping:needTwoCoders')}</p>
      ) : (
        <>
          <div className="cbc-pair">
            {([0, 1] as const).map((index) => (
              <label key={index} className="cbc-coder">
                <span className="cbc-coder-dot" style={{ background: sides[index].color }} aria-hidden="true" />
                <span>{t(index === 0 ? 'tagMapping:coderA' : 'tagMapping:coderB')}</span>
                <select value={pair[index]} onChange={(e) => choose(index, e.target.value)}>
                  {coderIds.map((id) => (
                    <option key={id} value={id}>
                      {coderLabel(id, project, t)}
                    </option>
                  ))}
                </select>
              </label>
            ))}
            {loading && (
              <span className="cbc-status" role="status">
                {t('tagMapping:loading')}
              </span>
            )}
          </div>
          {pair[0] === pair[1] && <p className="cbc-none">{t('tagMapping:sameCoder')}</p>}
          {error && (
            <p className="cbc-error" role="alert">
              {t('tagMapping:failed', { reason: error })}
            </p>
          )}
          {saveError && (
            <p className="cbc-error" role="alert">
              {t('tagMapping:saveFailed', { reason: saveError })}
            </p>
          )}
          {comparison && comparison.coderA === pair[0] && comparison.coderB === pair[1] && (
            <>
              <div className="cbc-columns">
                <TagUseList
                  heading={t('tagMapping:onlyOf', { coder: sides[0].name })}
                  rows={comparison.onlyA}
                  tags={tags}
                  mappings={comparison.mappings}
                  sides={[sides[0]]}
                  onMap={startMapping}
                  disabled={busy}
                />
                <TagUseList
                  heading={t('tagMapping:shared')}
                  rows={comparison.shared}
                  tags={tags}
                  mappings={comparison.mappings}
                  sides={sides}
                  disabled={busy}
                />
                <TagUseList
                  heading={t('tagMapping:onlyOf', { coder: sides[1].name })}
                  rows={comparison.onlyB}
                  tags={tags}
                  mappings={comparison.mappings}
                  sides={[sides[1]]}
                  onMap={startMapping}
                  disabled={busy}
                />
              </div>
              <DriftLists
                comparison={comparison}
                tags={tags}
                sides={sides}
                onMapOnto={(coderId, from, to) => void save(coderId, from, to)}
                disabled={busy}
              />
              <MappingList
                mappings={comparison.mappings}
                tags={tags}
                sides={sides}
                onChange={(m) => startMapping(m.coderId, m.fromTagId)}
                onRemove={(m) => void remove(m)}
                disabled={busy}
              />
              {picking && (
                <QuickPicker
                  title={t('tagMapping:pickTitle', {
                    coder: coderLabel(picking.coderId, project, t),
                    tag: tagPathLabel(tags, picking.fromTagId),
                  })}
                  placeholder={t('tagMapping:pickPlaceholder')}
                  footer={t('tagMapping:pickFooter')}
                  search={(query) => {
                    const current = mappingOf(comparison.mappings, picking.coderId, picking.fromTagId);
                    const other = picking.side === 'A' ? sides[1] : sides[0];
                    return targetTags(tags, comparison, picking.side, picking.fromTagId, query)
                      .filter((x) => x.id !== current?.toTagId)
                      .map((x) => ({
                        id: x.id,
                        label: x.label,
                        color: x.color,
                        detail:
                          x.usesByOther > 0
                            ? t('tagMapping:usesOf', {
                                coder: other.name,
                                count: x.usesByOther,
                                n: number(x.usesByOther),
                              })
                            : undefined,
                      }));
                  }}
                  onPick={(item) => {
                    const { coderId, fromTagId } = picking;
                    setPicking(null);
                    void save(coderId, fromTagId, item.id);
                  }}
                  onClose={() => setPicking(null)}
                />
              )}
            </>
          )}
        </>
      )}
    </section>
  );
}
