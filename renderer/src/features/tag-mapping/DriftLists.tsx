import type { ReactNode } from 'react';
import { tagPathLabel } from '../../../../shared/codebook/tag-tree.ts';
import type { Tag } from '../../../../shared/model/codebook.ts';
import type { CodebookComparison } from '../../../../shared/model/tag-mapping.ts';
import { useT } from '../../i18n/i18n.ts';
import type { Side } from './TagUseList.tsx';
import { TagName } from './TagName.tsx';

interface Props {
  comparison: CodebookComparison;
  tags: readonly Tag[];
  sides: readonly [Side, Side];
  /** Maps coder B's tag onto A's (offered where both tags are in this codebook). */
  onMapOnto: (coderId: string, fromTagId: string, toTagId: string) => void;
  disabled: boolean;
}

/**
 * How the two codebooks drifted apart: one name under two ids, a tag
 * renamed, a tag moved. Each list only when it has something to say.
 */
export function DriftLists({ comparison, tags, sides, onMapOnto, disabled }: Props) {
  const { t } = useT();
  const [a, b] = sides;
  const known = (id: string) => tags.some((x) => x.id === id);
  const label = (id: string) => (known(id) ? tagPathLabel(tags, id) : t('tagMapping:unknownTag', { id }));
  const parent = (id: string | null) =>
    id === null ? t('tagMapping:topLevel') : t('tagMapping:under', { tag: tags.find((x) => x.id === id)?.name ?? id });
  const { sameNameOtherId, renamed, moved } = comparison;
  if (sameNameOtherId.length + renamed.length + moved.length === 0) return null;
  return (
    <div className="cbc-drift">
      {sameNameOtherId.length > 0 && (
        <Drift heading={t('tagMapping:sameName')} help={t('tagMapping:sameNameHelp')}>
          {sameNameOtherId.map((row) => (
            <li key={`${row.tagIdA} ${row.tagIdB}`} className="cbc-drift-row">
              <span className="cbc-drift-name">{row.name}</span>
              <span className="cbc-drift-path" title={a.name}>
                {label(row.tagIdA)}
              </span>
              <span className="cbc-drift-path" title={b.name}>
                {label(row.tagIdB)}
              </span>
              {known(row.tagIdA) && known(row.tagIdB) && (
                <button
                  type="button"
                  className="text-button"
                  disabled={disabled}
                  aria-label={t('tagMapping:mapOntoLabel', {
                    coder: b.name,
                    from: label(row.tagIdB),
                    to: label(row.tagIdA),
                  })}
                  onClick={() => onMapOnto(b.coderId, row.tagIdB, row.tagIdA)}
                >
                  {t('tagMapping:mapOnto')}
                </button>
              )}
            </li>
          ))}
        </Drift>
      )}
      {renamed.length > 0 && (
        <Drift heading={t('tagMapping:renamed')} help={t('tagMapping:renamedHelp')}>
          {renamed.map((row) => (
            <li key={row.tagId} className="cbc-drift-row">
              <span className="cbc-drift-name" title={a.name}>
                {row.nameA}
              </span>
              <span aria-hidden="true">→</span>
              <span className="cbc-drift-name" title={b.name}>
                {row.nameB}
              </span>
            </li>
          ))}
        </Drift>
      )}
      {moved.length > 0 && (
        <Drift heading={t('tagMapping:moved')} help={t('tagMapping:movedHelp')}>
          {moved.map((row) => (
            <li key={row.tagId} className="cbc-drift-row">
              <TagName tags={tags} tagId={row.tagId} />
              <span title={a.name}>{parent(row.parentA)}</span>
              <span aria-hidden="true">→</span>
              <span title={b.name}>{parent(row.parentB)}</span>
            </li>
          ))}
        </Drift>
      )}
    </div>
  );
}

function Drift({ heading, help, children }: { heading: string; help: string; children: ReactNode }) {
  return (
    <div className="cbc-list">
      <h3>{heading}</h3>
      <p className="cbc-help">{help}</p>
      <ul>{children}</ul>
    </div>
  );
}
