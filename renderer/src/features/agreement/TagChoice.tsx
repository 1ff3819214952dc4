import { useMemo } from 'react';
import { tagsInTreeOrder } from '../../../../shared/codebook/tag-tree.ts';
import type { Tag } from '../../../../shared/model/codebook.ts';
import { useT } from '../../i18n/i18n.ts';

interface Props {
  tags: readonly Tag[];
  wholeCodebook: boolean;
  chosen: readonly string[];
  withSubtags: boolean;
  onWhole: (whole: boolean) => void;
  onToggle: (tagId: string) => void;
  onSubtags: (withSubtags: boolean) => void;
}

/** The tags compared: the whole codebook, or ticked tags of its tree (sub-tags counting as their tag, or not). */
export function TagChoice({ tags, wholeCodebook, chosen, withSubtags, onWhole, onToggle, onSubtags }: Props) {
  const { t } = useT();
  const rows = useMemo(() => tagsInTreeOrder(tags), [tags]);
  const ticked = new Set(chosen);
  return (
    <fieldset className="agreement-field agreement-tags">
      <legend>{t('agreement:tags')}</legend>
      <label className="agreement-option">
        <input type="radio" name="agreement-tags" checked={wholeCodebook} onChange={() => onWhole(true)} />
        <span>{t('agreement:wholeCodebook')}</span>
      </label>
      <label className="agreement-option">
        <input type="radio" name="agreement-tags" checked={!wholeCodebook} onChange={() => onWhole(false)} />
        <span>{t('agreement:chosenTags')}</span>
      </label>
      {!wholeCodebook && (
        <>
          <label className="agreement-option agreement-subtags">
            <input type="checkbox" checked={withSubtags} onChange={(e) => onSubtags(e.target.checked)} />
            <span>{t('agreement:withSubtags')}</span>
          </label>
          <ul className="agreement-tag-tree" aria-label={t('agreement:tagTree')}>
            {rows.map(({ tag, depth }) => (
              <li key={tag.id} style={{ paddingInlineStart: `${depth * 18}px` }}>
                <label>
                  <input type="checkbox" checked={ticked.has(tag.id)} onChange={() => onToggle(tag.id)} />
                  <span className="agreement-swatch" aria-hidden="true" style={{ backgroundColor: tag.color }} />
                  <span className="agreement-name">{tag.name}</span>
                </label>
              </li>
            ))}
          </ul>
        </>
      )}
    </fieldset>
  );
}
