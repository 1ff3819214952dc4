import { useId } from 'react';
import type {
  BundleChoice,
  BundleDecisions,
  BundlePreview,
  PreviewRecord,
  RecordCounts,
  RecordKind,
} from '../../../../shared/bundles/bundle-preview.ts';
import { useT } from '../../i18n/i18n.ts';
import { wordText } from '../../store/notice-slice.ts';
import { type CountKey, useCount } from './use-count.ts';

interface Props {
  preview: BundlePreview;
  choices: BundleDecisions['choices'];
  onChange: (key: string, choice: BundleChoice) => void;
  disabled: boolean;
}

const kinds: Array<{ kind: RecordKind; counted: keyof RecordCounts; heading: CountKey }> = [
  { kind: 'tag', counted: 'tags', heading: 'bundleUi:tagCount' },
  { kind: 'actor', counted: 'actors', heading: 'bundleUi:actorCount' },
  { kind: 'linkType', counted: 'linkTypes', heading: 'bundleUi:linkTypeCount' },
  { kind: 'concept', counted: 'concepts', heading: 'bundleUi:conceptCount' },
];

const choiceKeys = {
  ours: 'bundleUi:keepOurs',
  theirs: 'bundleUi:takeTheirs',
  both: 'bundleUi:keepBoth',
} as const;

/**
 * The codebook, actors, link types and concepts: what is new, the same,
 * the same by name under another id, or different — each difference with
 * its choice (keep ours, take theirs, keep both), the default marked.
 */
export function BundleRecords({ preview, choices, onChange, disabled }: Props) {
  const { t } = useT();
  const count = useCount();
  const headingId = useId();
  return (
    <section className="bundle-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('bundleUi:recordsHeading')}</h3>
      {kinds.map(({ kind, counted, heading }) => {
        const records = preview.records.filter((r) => r.kind === kind);
        const fresh = records.filter((r) => r.status === 'new');
        const sameName = records.filter((r) => r.status === 'same-name');
        const differs = records.filter((r) => r.status === 'differs');
        const same = preview.sameRecords[counted];
        if (records.length === 0 && same === 0) return null;
        const clauses = [
          fresh.length > 0 && t('bundleUi:recordsNew', { records: count(heading, fresh.length) }),
          same > 0 && t('bundleUi:recordsSame', { records: count(heading, same) }),
          sameName.length > 0 && t('bundleUi:recordsSameName', { records: count(heading, sameName.length) }),
          differs.length > 0 && t('bundleUi:recordsDiffer', { records: count(heading, differs.length) }),
        ].filter((c): c is string => typeof c === 'string');
        return (
          <div key={kind} className="bundle-kind">
            <h4>{t(`bundleUi:kind-${kind}`)}</h4>
            <p className="bundle-counts">{clauses.join(t('bundleUi:separator'))}</p>
            {fresh.length > 0 && (
              <details className="bundle-group">
                <summary>{t('bundleUi:showNew', { records: count(heading, fresh.length) })}</summary>
                <ul className="bundle-list">
                  {fresh.map((r) => (
                    <li key={r.theirId}>{r.name}</li>
                  ))}
                </ul>
              </details>
            )}
            {[...sameName, ...differs].length > 0 && (
              <ul className="bundle-differences">
                {[...sameName, ...differs].map((r) => (
                  <Difference
                    key={r.theirId}
                    record={r}
                    choice={r.choiceKey ? (choices[r.choiceKey] ?? r.defaultChoice) : null}
                    onChange={(c) => r.choiceKey && onChange(r.choiceKey, c)}
                    disabled={disabled}
                  />
                ))}
              </ul>
            )}
          </div>
        );
      })}
      <Links preview={preview} />
      <TagMappings preview={preview} />
    </section>
  );
}

function Difference({
  record,
  choice,
  onChange,
  disabled,
}: {
  record: PreviewRecord;
  choice: BundleChoice | null;
  onChange: (choice: BundleChoice) => void;
  disabled: boolean;
}) {
  const { t, language } = useT();
  const selectId = useId();
  const fields = record.fields.map((f) => fieldName(t, f)).join(t('bundleUi:listSeparator'));
  return (
    <li className="bundle-difference">
      <div className="bundle-difference-what">
        <label htmlFor={selectId} className="bundle-title">
          {record.ourName && record.ourName !== record.name
            ? t('bundleUi:renamed', { theirs: record.name, ours: record.ourName })
            : record.name}
        </label>
        <span className="bundle-muted">
          {record.status === 'same-name'
            ? t('bundleUi:sameNameOtherId')
            : t('bundleUi:differsIn', { fields: fields || t('bundleUi:someFields') })}
        </span>
        {record.shortcutProblem && (
          <span className="bundle-warning">{wordText(record.shortcutProblem, t, language)}</span>
        )}
      </div>
      {choice && (
        <select
          id={selectId}
          value={choice}
          disabled={disabled}
          onChange={(e) => onChange(e.target.value as BundleChoice)}
        >
          {(Object.keys(choiceKeys) as BundleChoice[]).map((c) => (
            <option key={c} value={c}>
              {c === record.defaultChoice ? t('bundleUi:defaultOption', { label: t(choiceKeys[c]) }) : t(choiceKeys[c])}
            </option>
          ))}
        </select>
      )}
    </li>
  );
}

const fieldKeys: Record<string, `bundleUi:field-${string}`> = {
  name: 'bundleUi:field-name',
  color: 'bundleUi:field-color',
  parent: 'bundleUi:field-parent',
  description: 'bundleUi:field-description',
  kind: 'bundleUi:field-kind',
  shortcut: 'bundleUi:field-shortcut',
  type: 'bundleUi:field-type',
  aliases: 'bundleUi:field-aliases',
  affiliations: 'bundleUi:field-affiliations',
  notes: 'bundleUi:field-notes',
};

/** A field's name in the window's language; one this window does not know is shown as the core named it. */
function fieldName(t: ReturnType<typeof useT>['t'], field: string): string {
  const key = fieldKeys[field];
  return key ? t(key as 'bundleUi:field-name') : field;
}

/** The bundle's links: new, already here, and those left out because an end is missing. */
function Links({ preview }: { preview: BundlePreview }) {
  const { t } = useT();
  const count = useCount();
  const { links } = preview;
  if (links.new + links.same + links.unplaced.length === 0) return null;
  const clauses = [
    links.new > 0 && t('bundleUi:recordsNew', { records: count('bundleUi:linkCount', links.new) }),
    links.same > 0 && t('bundleUi:recordsSame', { records: count('bundleUi:linkCount', links.same) }),
    links.unplaced.length > 0 &&
      t('bundleUi:linksUnplaced', { links: count('bundleUi:linkCount', links.unplaced.length) }),
  ].filter((c): c is string => typeof c === 'string');
  return (
    <div className="bundle-kind">
      <h4>{t('bundleUi:kind-link')}</h4>
      <p className="bundle-counts">{clauses.join(t('bundleUi:separator'))}</p>
    </div>
  );
}

/** The layers' tag mappings: new ones are added, those already here are kept as ours are. */
function TagMappings({ preview }: { preview: BundlePreview }) {
  const { t } = useT();
  const count = useCount();
  const { tagMappings } = preview;
  if (tagMappings.new + tagMappings.same === 0) return null;
  const clauses = [
    tagMappings.new > 0 && t('bundleUi:recordsNew', { records: count('bundleUi:tagMappingCount', tagMappings.new) }),
    tagMappings.same > 0 && t('bundleUi:recordsSame', { records: count('bundleUi:tagMappingCount', tagMappings.same) }),
  ].filter((c): c is string => typeof c === 'string');
  return (
    <div className="bundle-kind">
      <h4>{t('bundleUi:kind-tagMapping')}</h4>
      <p className="bundle-counts">{clauses.join(t('bundleUi:separator'))}</p>
    </div>
  );
}
