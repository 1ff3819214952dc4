import { type CSSProperties, type ReactNode, useMemo } from 'react';
import type { Tag } from '../../../../shared/model/codebook.ts';
import { useT } from '../../i18n/i18n.ts';
import { useFormat } from '../../i18n/use-format.ts';
import { useAppStore } from '../../store/app-store.ts';
import { classKey, classSigns } from './class-marks.ts';
import type { ComparisonIndex } from './comparison-index.ts';
import { unitVersions, type VersionRow } from './unit-versions.ts';

interface Props {
  index: ComparisonIndex;
  unit: number | null;
  coderNames: readonly string[];
  coderColors: readonly string[];
  documentDate: string | null | undefined;
  /** Below the versions: the curation mode's panel for the unit. */
  children?: ReactNode;
}

/**
 * The selected unit, every coder's version side by side: a column per
 * coder, a row per field (tag, quote, characters, the statement's fields,
 * the memo); rows where the versions differ are marked with ≠ and a word,
 * not by colour alone.
 */
export function UnitDetail({ index, unit, coderNames, coderColors, documentDate, children }: Props) {
  const { t } = useT();
  const { date } = useFormat();
  const codebook = useAppStore((s) => s.codebook.tags);
  const actors = useAppStore((s) => s.actors);
  const concepts = useAppStore((s) => s.concepts);
  const tags = useMemo(() => new Map(codebook.map((tag) => [tag.id, tag])), [codebook]);
  const u = unit === null ? undefined : index.units[unit];
  const rows = useMemo(() => {
    if (!u || unit === null) return [];
    return unitVersions(u, index.members[unit] ?? [], {
      tags,
      actorName: (id) => actors.find((a) => a.id === id)?.name ?? id,
      conceptName: (id) => concepts.find((c) => c.concept.id === id)?.concept.name ?? id,
      stanceLabel: (stance) => t(`model:stance-${stance}`),
      documentDate,
    });
  }, [u, unit, index, tags, actors, concepts, documentDate, t]);

  if (!u || unit === null) {
    return (
      <aside className="cmp-detail" aria-label={t('compare:detailLabel')} style={coderCount(coderNames.length)}>
        <p className="empty-hint">{t('compare:detailEmpty')}</p>
      </aside>
    );
  }
  const cell = (row: VersionRow, c: number) => {
    const value = row.values[c] ?? null;
    if (index.members[unit]?.[c] === null) return <span className="cmp-missing">{t('compare:notMarked')}</span>;
    if (value === null) return <span className="cmp-missing">—</span>;
    if (row.field === 'tag') return <TagName tags={tags} tagId={value} label={u.labels[c] ?? null} />;
    if (row.field === 'date') return date(value);
    return value;
  };
  return (
    <aside className="cmp-detail" aria-label={t('compare:detailLabel')} style={coderCount(coderNames.length)}>
      <h2>
        <span className={`cmp-sign sign-${u.class}`} aria-hidden="true">
          {classSigns[u.class]}
        </span>{' '}
        {t(classKey(u.class, index.coderIds.length))}
        <span className="cmp-detail-count">
          {t('compare:detailTitle', { number: unit + 1, count: index.units.length })}
        </span>
      </h2>
      <div className="cmp-versions-box">
        <table className="cmp-versions">
          <thead>
            <tr>
              <td />
              {coderNames.map((name, c) => (
                <th key={index.coderIds[c]} scope="col" title={name}>
                  <span className="cmp-coder-name">
                    <span className="coder-swatch" style={{ backgroundColor: coderColors[c] }} aria-hidden="true" />{' '}
                    {name}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.field} className={row.differs ? 'differs' : undefined}>
                <th scope="row">
                  {t(`compare:field-${row.field}`)}
                  {row.differs && (
                    <span className="cmp-differs">
                      <span aria-hidden="true">≠</span> {t('compare:differs')}
                    </span>
                  )}
                </th>
                {coderNames.map((_, c) => (
                  <td key={index.coderIds[c]} className={row.field === 'quote' ? 'cmp-quote' : undefined}>
                    {cell(row, c)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {children}
    </aside>
  );
}

/** The panel's width and its table's follow the number of coders (compare.css). */
const coderCount = (n: number) => ({ '--cmp-coders': n }) as CSSProperties;

/** A tag with its colour; where a mapping made it count as another tag, that one too. */
function TagName({ tags, tagId, label }: { tags: ReadonlyMap<string, Tag>; tagId: string; label: string | null }) {
  const { t } = useT();
  const name = (id: string) => tags.get(id)?.name ?? t('compare:unknownTag', { id });
  return (
    <span className="cmp-tag">
      <span className="tag-chip" style={{ backgroundColor: tags.get(tagId)?.color ?? '#888888' }} aria-hidden="true" />{' '}
      {name(tagId)}
      {label && label !== tagId && <span className="cmp-mapped">{t('compare:countsAs', { tag: name(label) })}</span>}
    </span>
  );
}
