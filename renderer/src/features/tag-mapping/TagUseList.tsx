import { useId } from 'react';
import type { Tag } from '../../../../shared/model/codebook.ts';
import type { TagMapping } from '../../../../shared/model/tag-mapping.ts';
import { useT } from '../../i18n/i18n.ts';
import { useFormat } from '../../i18n/use-format.ts';
import { mappedOnto } from './comparison-rows.ts';
import { TagName } from './TagName.tsx';

/** One side of the comparison: whose uses a row counts, and how they are named. */
export interface Side {
  coderId: string;
  name: string;
  color: string;
}

export type UseRow = { tagId: string; uses: number } | { tagId: string; usesA: number; usesB: number };

interface Props {
  heading: string;
  rows: readonly UseRow[];
  tags: readonly Tag[];
  mappings: readonly TagMapping[];
  /** For a list of one coder's tags: theirs (their tags can be mapped). For the shared list: both. */
  sides: readonly [Side] | readonly [Side, Side];
  onMap?: (coderId: string, tagId: string) => void;
  disabled: boolean;
}

/**
 * Tags with how often they were used (after mappings), each with the tags
 * mapped onto it named; in a list of one coder's tags each can be mapped
 * onto another tag (a picker).
 */
export function TagUseList({ heading, rows, tags, mappings, sides, onMap, disabled }: Props) {
  const { t } = useT();
  const { number } = useFormat();
  const headingId = useId();
  const name = (id: string) => tags.find((x) => x.id === id)?.name ?? id;
  return (
    <section className="cbc-list" aria-labelledby={headingId}>
      <h3 id={headingId}>{heading}</h3>
      {rows.length === 0 ? (
        <p className="cbc-none">{t('tagMapping:none')}</p>
      ) : (
        <ul>
          {rows.map((row) => {
            const counts = 'uses' in row ? [row.uses] : [row.usesA, row.usesB];
            const mappedIn = sides.flatMap((s) => mappedOnto(mappings, s.coderId, row.tagId));
            const only = sides.length === 1 ? sides[0] : null;
            return (
              <li key={row.tagId} className="cbc-tag">
                <div className="cbc-tag-line">
                  <TagName tags={tags} tagId={row.tagId} />
                  <span className="cbc-uses">
                    {counts.map((n, i) => {
                      const side = sides[i] as Side;
                      const words = t(sides.length === 1 ? 'tagMapping:uses' : 'tagMapping:usesOf', {
                        count: n,
                        n: number(n),
                        coder: side.name,
                      });
                      return sides.length === 1 ? (
                        <span key={side.coderId}>{words}</span>
                      ) : (
                        <span key={side.coderId} className="cbc-use" title={words}>
                          <span className="cbc-coder-dot" style={{ background: side.color }} aria-hidden="true" />
                          <span className="sr-only">{words}</span>
                          <span aria-hidden="true">{number(n)}</span>
                        </span>
                      );
                    })}
                  </span>
                </div>
                {mappedIn.length > 0 && (
                  <p className="cbc-via">
                    {t('tagMapping:viaMapping', { tags: mappedIn.map((m) => name(m.fromTagId)).join(', ') })}
                  </p>
                )}
                {only && onMap && (
                  <button
                    type="button"
                    className="text-button cbc-map"
                    disabled={disabled}
                    aria-label={t('tagMapping:mapToLabel', { coder: only.name, tag: name(row.tagId) })}
                    onClick={() => onMap(only.coderId, row.tagId)}
                  >
                    {t('tagMapping:mapTo')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
