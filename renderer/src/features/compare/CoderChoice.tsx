import { useT } from '../../i18n/i18n.ts';
import { useAppStore } from '../../store/app-store.ts';
import { ChecklistPopover } from '../../ui/ChecklistPopover.tsx';
import { coderColor } from '../../ui/coder-color.ts';
import { coderLabel } from '../../ui/coder-label.ts';

interface Props {
  chosen: readonly string[];
  onChange: (coderIds: string[]) => void;
}

/**
 * Whose layers are compared: a button opening the project's coders, each
 * with their colour, to tick (two or more: the last two cannot be unticked).
 * Closes on a press elsewhere and on Escape, as the Reader's layer list does.
 */
export function CoderChoice({ chosen, onChange }: Props) {
  const project = useAppStore((s) => s.project);
  const { t } = useT();

  if (!project) return null;
  const toggle = (coderId: string, on: boolean) => {
    const rest = chosen.filter((id) => id !== coderId);
    // In the project's order, so columns keep their places whatever the order of ticking.
    const next = on ? project.coders.map((c) => c.id).filter((id) => id === coderId || rest.includes(id)) : rest;
    if (next.length >= 2) onChange(next);
  };
  return (
    <ChecklistPopover label={t('compare:coders', { count: chosen.length })} legend={t('compare:codersLegend')}>
      {project.coders.map((coder) => {
        const on = chosen.includes(coder.id);
        return (
          <label key={coder.id} className="layer-row cmp-coder-row">
            <input
              type="checkbox"
              checked={on}
              disabled={on && chosen.length <= 2}
              onChange={(e) => toggle(coder.id, e.target.checked)}
            />
            <span
              className="coder-swatch"
              style={{ backgroundColor: coderColor(project.coders, coder.id) }}
              aria-hidden="true"
            />
            <span className="layer-name">{coderLabel(coder.id, project, t)}</span>
          </label>
        );
      })}
      <p className="hint">{t('compare:codersHint')}</p>
    </ChecklistPopover>
  );
}
