import type { ProjectInfo } from '../../../../shared/ipc/project-info.ts';
import { useT } from '../../i18n/i18n.ts';
import { coderColor } from '../../ui/coder-color.ts';
import { coderLabel } from '../../ui/coder-label.ts';

interface Props {
  project: Pick<ProjectInfo, 'coder' | 'coders'>;
  chosen: readonly string[];
  /** Coders with a layer in some document: the others are offered too, marked as having none. */
  withLayers: ReadonlySet<string>;
  onToggle: (coderId: string) => void;
}

/** The coders to compare: a tick each, in the project's order, each in their layer colour. */
export function CoderChoice({ project, chosen, withLayers, onToggle }: Props) {
  const { t } = useT();
  return (
    <fieldset className="agreement-field agreement-coders">
      <legend>{t('agreement:coders')}</legend>
      <ul>
        {project.coders.map((coder) => (
          <li key={coder.id}>
            <label className={withLayers.has(coder.id) ? undefined : 'agreement-muted'}>
              <input type="checkbox" checked={chosen.includes(coder.id)} onChange={() => onToggle(coder.id)} />
              <span
                className="agreement-swatch"
                aria-hidden="true"
                style={{ backgroundColor: coderColor(project.coders, coder.id) }}
              />
              <span className="agreement-name">{coderLabel(coder.id, project, t)}</span>
            </label>
          </li>
        ))}
      </ul>
      <p className="agreement-hint">{withLayers.size < 2 ? t('agreement:onlyOneCoder') : t('agreement:codersHint')}</p>
    </fieldset>
  );
}
