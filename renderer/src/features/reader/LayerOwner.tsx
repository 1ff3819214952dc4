import { useT } from '../../i18n/i18n.ts';
import { useAppStore } from '../../store/app-store.ts';
import { coderColor } from '../../ui/coder-color.ts';

/**
 * Whose layer an annotation is in, in the side panel: the coder's colour
 * (as its line in the text) and name; for a colleague's, that it is
 * read-only.
 */
export function LayerOwner({
  coder,
  coderId,
  readOnly = false,
}: {
  coder: string;
  coderId: string;
  readOnly?: boolean;
}) {
  const coders = useAppStore((s) => s.project?.coders ?? noCoders);
  const { t } = useT();
  return (
    <p className={readOnly ? 'layer-owner read-only' : 'layer-owner'} data-testid="layer-owner">
      <span className="coder-swatch" style={{ backgroundColor: coderColor(coders, coderId) }} aria-hidden="true" />
      <span className="layer-owner-text">
        {readOnly ? t('reader:readOnlyLayer', { coder }) : t('reader:layerOf', { coder })}
      </span>
    </p>
  );
}

const noCoders: never[] = [];
