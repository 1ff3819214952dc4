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
  /** The two coders of the confusion matrix (chosen among three or more), and its change. */
  pair: readonly [string, string] | null;
  onPair: (pair: [string, string]) => void;
}

/** The coders to compare: a tick each, in the project's order, each in their layer colour. */
export function CoderChoice({ project, chosen, withLayers, onToggle, pair, onPair }: Props) {
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
      {chosen.length > 2 && pair ? (
        <div className="agreement-pair">
          <span className="agreement-pair-title">{t('agreement:matrixPair')}</span>
          {([0, 1] as const).map((side) => (
            <label key={side}>
              <span>{t(side === 0 ? 'agreement:matrixRows' : 'agreement:matrixColumns')}</span>
              <select
                value={pair[side]}
                onChange={(e) => onPair(side === 0 ? [e.target.value, pair[1]] : [pair[0], e.target.value])}
              >
                {chosen.map((id) => (
                  <option key={id} value={id} disabled={id === pair[1 - side]}>
                    {coderLabel(id, project, t)}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </div>
      ) : (
        <p className="agreement-hint">
          {withLayers.size < 2 ? t('agreement:onlyOneCoder') : t('agreement:codersHint')}
        </p>
      )}
    </fieldset>
  );
}
