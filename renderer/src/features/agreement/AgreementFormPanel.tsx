import type { ProjectInfo } from '../../../../shared/ipc/project-info.ts';
import type { Tag } from '../../../../shared/model/codebook.ts';
import { useT } from '../../i18n/i18n.ts';
import { type AgreementForm, type DocumentScope, type FormProblem, queryCoders } from './agreement-form.ts';
import { CoderChoice } from './CoderChoice.tsx';
import { DocumentChoice } from './DocumentChoice.tsx';
import { TagChoice } from './TagChoice.tsx';
import { UnitChoice } from './UnitChoice.tsx';

interface Props {
  form: AgreementForm;
  project: Pick<ProjectInfo, 'coder' | 'coders'>;
  tags: readonly Tag[];
  withLayers: ReadonlySet<string>;
  counts: Record<DocumentScope, number>;
  filterActive: boolean;
  problems: readonly FormProblem[];
  computing: boolean;
  onChange: (form: AgreementForm) => void;
  onToggleCoder: (coderId: string) => void;
  onCompute: () => void;
}

/** What to compare: coders, documents, tags and the unit rule, and the button that computes the report. */
export function AgreementFormPanel(props: Props) {
  const { t } = useT();
  const { form, onChange } = props;
  const toggleTag = (tagId: string) =>
    onChange({
      ...form,
      tagIds: form.tagIds.includes(tagId) ? form.tagIds.filter((id) => id !== tagId) : [...form.tagIds, tagId],
    });
  return (
    <form
      className="agreement-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (props.problems.length === 0 && !props.computing) props.onCompute();
      }}
    >
      <div className="agreement-fields">
        <CoderChoice
          project={props.project}
          chosen={form.coderIds}
          withLayers={props.withLayers}
          onToggle={props.onToggleCoder}
          pair={pairOf(queryCoders(form))}
          onPair={(matrixPair) => onChange({ ...form, matrixPair })}
        />
        <DocumentChoice
          scope={form.scope}
          counts={props.counts}
          filterActive={props.filterActive}
          onChange={(scope) => onChange({ ...form, scope })}
        />
        <TagChoice
          tags={props.tags}
          wholeCodebook={form.wholeCodebook}
          chosen={form.tagIds}
          withSubtags={form.withSubtags}
          onWhole={(wholeCodebook) => onChange({ ...form, wholeCodebook })}
          onToggle={toggleTag}
          onSubtags={(withSubtags) => onChange({ ...form, withSubtags })}
        />
        <UnitChoice
          mode={form.mode}
          threshold={form.threshold}
          invalid={props.problems.includes('bad-threshold')}
          onMode={(mode) => onChange({ ...form, mode })}
          onThreshold={(threshold) => onChange({ ...form, threshold })}
        />
      </div>
      <div className="agreement-submit">
        <button type="submit" className="primary" disabled={props.problems.length > 0 || props.computing}>
          {props.computing ? t('agreement:computing') : t('agreement:compute')}
        </button>
        {props.problems.map((p) => (
          <span key={p} className="agreement-problem" role="status">
            {t(`agreement:problem-${p}`)}
          </span>
        ))}
      </div>
    </form>
  );
}

const pairOf = (ids: readonly string[]): [string, string] | null =>
  ids.length >= 2 ? [ids[0] as string, ids[1] as string] : null;
