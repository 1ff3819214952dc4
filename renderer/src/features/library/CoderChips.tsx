import type { ProjectInfo } from '../../../../shared/ipc/project-info.ts';
import { useT } from '../../i18n/i18n.ts';
import { coderColor, initials } from '../../ui/coder-color.ts';
import { coderLabel } from '../../ui/coder-label.ts';

/** At most this many chips in a row; the rest as "+n" (every name is in the tooltip). */
const MAX_CHIPS = 3;

/**
 * Who annotated a document, as compact chips in the Library: each coder's
 * initials in their layer colour (the Reader's), mine first. The full names
 * are the tooltip and the accessible text, so long names never widen the row.
 */
export function CoderChips({
  coderIds,
  project,
}: {
  coderIds: readonly string[];
  project: Pick<ProjectInfo, 'coder' | 'coders'> | null;
}) {
  const { t } = useT();
  if (coderIds.length === 0) return <span className="coder-chips" />;
  const me = project?.coder.id;
  const ordered = [...coderIds].sort((a, b) => Number(b === me) - Number(a === me));
  const names = ordered.map((id) => coderLabel(id, project, t));
  const rest = ordered.length - MAX_CHIPS;
  return (
    <span className="coder-chips" title={t('library:annotatedBy', { names: names.join(', ') })}>
      <span className="sr-only">{t('library:annotatedBy', { names: names.join(', ') })}</span>
      {ordered.slice(0, rest > 0 ? MAX_CHIPS - 1 : MAX_CHIPS).map((id, i) => (
        <span
          key={id}
          className={id === me ? 'coder-chip mine' : 'coder-chip'}
          style={{ backgroundColor: coderColor(project?.coders ?? [], id) }}
          aria-hidden="true"
          data-coder-id={id}
        >
          {initials(project?.coders.find((c) => c.id === id)?.name ?? names[i] ?? id)}
        </span>
      ))}
      {rest > 0 && (
        <span className="coder-chip more" aria-hidden="true">
          +{rest + 1}
        </span>
      )}
    </span>
  );
}
