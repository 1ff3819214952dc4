import { tagPathLabel } from '../../../../shared/codebook/tag-tree.ts';
import type { Tag } from '../../../../shared/model/codebook.ts';
import { useT } from '../../i18n/i18n.ts';

/**
 * A tag as the comparison names it: its colour and name, its path in the
 * tooltip (two «Угроза» under different parents are told apart there); an
 * id the codebook no longer holds is said to be one.
 */
export function TagName({ tags, tagId }: { tags: readonly Tag[]; tagId: string }) {
  const { t } = useT();
  const tag = tags.find((x) => x.id === tagId);
  if (!tag) return <span className="cbc-tag-name cbc-unknown">{t('tagMapping:unknownTag', { id: tagId })}</span>;
  return (
    <span className="cbc-tag-label" title={tagPathLabel(tags, tagId)}>
      <span className="cbc-swatch" style={{ background: tag.color }} aria-hidden="true" />
      <span className="cbc-tag-name">{tag.name}</span>
    </span>
  );
}
