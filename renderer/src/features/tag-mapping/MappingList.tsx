import { useId } from 'react';
import type { Tag } from '../../../../shared/model/codebook.ts';
import type { TagMapping } from '../../../../shared/model/tag-mapping.ts';
import { useT } from '../../i18n/i18n.ts';
import type { Side } from './TagUseList.tsx';
import { TagName } from './TagName.tsx';

interface Props {
  mappings: readonly TagMapping[];
  tags: readonly Tag[];
  sides: readonly [Side, Side];
  onChange: (mapping: TagMapping) => void;
  onRemove: (mapping: TagMapping) => void;
  disabled: boolean;
}

/** The two coders' mappings: whose, which tag counts as which; each can be changed or removed. */
export function MappingList({ mappings, tags, sides, onChange, onRemove, disabled }: Props) {
  const { t } = useT();
  const headingId = useId();
  const sideOf = (coderId: string) => sides.find((s) => s.coderId === coderId) ?? sides[0];
  const name = (id: string) => tags.find((x) => x.id === id)?.name ?? id;
  return (
    <section className="cbc-mappings" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('tagMapping:mappings')}</h3>
      {mappings.length === 0 ? (
        <p className="cbc-none">{t('tagMapping:noMappings')}</p>
      ) : (
        <ul>
          {mappings.map((m) => {
            const side = sideOf(m.coderId);
            const words = { coder: side.name, tag: name(m.fromTagId) };
            return (
              <li key={m.id} className="cbc-mapping">
                <span className="cbc-mapping-coder" title={side.name}>
                  <span className="cbc-coder-dot" style={{ background: side.color }} aria-hidden="true" />
                  <span className="cbc-coder-name">{side.name}</span>
                </span>
                <span className="cbc-mapping-tags">
                  <TagName tags={tags} tagId={m.fromTagId} />
                  <span className="cbc-counts-as">{t('tagMapping:countsAs')}</span>
                  <TagName tags={tags} tagId={m.toTagId} />
                </span>
                <span className="cbc-mapping-actions">
                  <button
                    type="button"
                    className="text-button"
                    disabled={disabled}
                    aria-label={t('tagMapping:changeLabel', words)}
                    onClick={() => onChange(m)}
                  >
                    {t('tagMapping:change')}
                  </button>
                  <button
                    type="button"
                    className="text-button cbc-remove"
                    disabled={disabled}
                    aria-label={t('tagMapping:removeLabel', words)}
                    onClick={() => onRemove(m)}
                  >
                    {t('tagMapping:remove')}
                  </button>
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
