import type { ReactNode } from 'react';
import type { CuratedField } from '../../../../../shared/curation/curation-types.ts';
import type { Annotation, Stance } from '../../../../../shared/model/annotation.ts';
import { stances } from '../../../../../shared/model/annotation.ts';
import { useT } from '../../../i18n/i18n.ts';
import { useAppStore } from '../../../store/app-store.ts';
import { DateField } from '../../../ui/DateField.tsx';
import { submitForm } from './curate-actions.ts';
import { useCurateStore } from './curate-store.ts';
import {
  editField,
  fieldWord,
  formFromVersion,
  nudge,
  spanFromSelection,
  takeField,
  type VersionForm,
} from './version-form.ts';

interface Props {
  form: VersionForm;
  text: string;
  coderIds: readonly string[];
  coderNames: readonly string[];
  members: readonly (Annotation | null)[];
}

/**
 * "Take and edit…" and "New…": the version as the curator makes it. Every
 * field can be taken with one click from another coder's version (recorded
 * as whose it is), typed, or for the span, nudged or taken from a selection
 * in the curated row.
 */
export function VersionFormPanel({ form, text, coderIds, coderNames, members }: Props) {
  const { t } = useT();
  const tags = useAppStore((s) => s.codebook.tags);
  const actors = useAppStore((s) => s.actors);
  const concepts = useAppStore((s) => s.concepts);
  const busy = useCurateStore((s) => s.busy);
  const set = (next: VersionForm) => useCurateStore.getState().setForm(next);
  const nameOf = (coderId: string) => coderNames[coderIds.indexOf(coderId)] ?? coderId;

  /** The "← Anna" buttons of a field: coders whose version says something else there. */
  const takers = (field: CuratedField) => {
    const mine = fieldWord(form, field);
    return members.map((a, c) => {
      const coderId = coderIds[c];
      if (!a || !coderId || fieldWord(a, field) === mine) return null;
      return (
        <button
          key={coderId}
          type="button"
          className="cur-take-field"
          title={t('compareCurate:fromCoderHint', { coder: coderNames[c] ?? coderId })}
          onClick={() => set(takeField(form, field, a, coderId))}
        >
          {t('compareCurate:fromCoder', { coder: coderNames[c] ?? coderId })}
        </button>
      );
    });
  };
  const row = (field: CuratedField, label: string, control: ReactNode) => {
    const from = form.fieldsFrom[field];
    return (
      <div className="cur-field" data-field={field}>
        <span className="cur-label">{label}</span>
        <div className="cur-field-control">{control}</div>
        <div className="cur-field-from">
          {from && <span className="cur-from">{t('compareCurate:fieldFrom', { coder: nameOf(from) })}</span>}
          {takers(field)}
        </div>
      </div>
    );
  };
  const idSelect = (
    field: CuratedField,
    value: string | null,
    options: readonly { id: string; name: string }[],
    patch: (v: string | null) => Partial<VersionForm>,
    label: string,
  ) => (
    <select
      aria-label={label}
      value={value ?? ''}
      onChange={(e) => set(editField(form, field, patch(e.target.value || null)))}
    >
      <option value="">{t('compareCurate:none')}</option>
      {value && !options.some((o) => o.id === value) && <option value={value}>{value}</option>}
      {options.map((o) => (
        <option key={o.id} value={o.id}>
          {o.name}
        </option>
      ))}
    </select>
  );
  const useSelection = () => {
    const span = selectedSpan(text.length);
    if (!span) return useCurateStore.setState({ problem: t('compareCurate:noSelection') });
    set(editField(form, 'span', span));
  };
  const conceptOptions = concepts.map((c) => ({ id: c.concept.id, name: c.concept.name }));
  const base = form.base ? coderIds.indexOf(form.base) : -1;

  return (
    <section
      className="cur-form"
      aria-label={
        form.mode === 'new'
          ? t('compareCurate:formNew')
          : t('compareCurate:formEdit', { coder: nameOf(form.base ?? '') })
      }
      data-testid="curate-form"
    >
      <h3>
        {form.mode === 'new'
          ? t('compareCurate:formNew')
          : t('compareCurate:formEdit', { coder: nameOf(form.base ?? '') })}
      </h3>
      {form.mode === 'take-edited' && (
        <label className="cur-field">
          <span className="cur-label">{t('compareCurate:formStartFrom')}</span>
          <select
            value={base}
            onChange={(e) => {
              const c = Number(e.target.value);
              const a = members[c];
              const coderId = coderIds[c];
              if (a && coderId) set(formFromVersion(a, coderId));
            }}
          >
            {members.map((a, c) =>
              a ? (
                <option key={coderIds[c]} value={c}>
                  {coderNames[c]}
                </option>
              ) : null,
            )}
          </select>
        </label>
      )}
      {row(
        'span',
        t('compare:field-span'),
        <>
          <span className="cur-span">
            <span className="cur-label-inline">{t('compareCurate:start')}</span>
            <button
              type="button"
              className="cur-nudge"
              aria-label={t('compareCurate:earlier')}
              onClick={() => set(nudge(form, 'start', -1, text.length))}
            >
              −
            </button>
            <input
              type="number"
              aria-label={t('compareCurate:start')}
              value={form.start}
              min={0}
              onChange={(e) => set(editField(form, 'span', { start: Number(e.target.value) }))}
            />
            <button
              type="button"
              className="cur-nudge"
              aria-label={t('compareCurate:later')}
              onClick={() => set(nudge(form, 'start', 1, text.length))}
            >
              +
            </button>
          </span>
          <span className="cur-span">
            <span className="cur-label-inline">{t('compareCurate:end')}</span>
            <button
              type="button"
              className="cur-nudge"
              aria-label={t('compareCurate:earlier')}
              onClick={() => set(nudge(form, 'end', -1, text.length))}
            >
              −
            </button>
            <input
              type="number"
              aria-label={t('compareCurate:end')}
              value={form.end}
              min={0}
              onChange={(e) => set(editField(form, 'span', { end: Number(e.target.value) }))}
            />
            <button
              type="button"
              className="cur-nudge"
              aria-label={t('compareCurate:later')}
              onClick={() => set(nudge(form, 'end', 1, text.length))}
            >
              +
            </button>
          </span>
          <button type="button" className="quiet" title={t('compareCurate:useSelectionHint')} onClick={useSelection}>
            {t('compareCurate:useSelection')}
          </button>
          <q className="cur-quote">{text.slice(form.start, form.end)}</q>
        </>,
      )}
      {row(
        'tag',
        t('compare:field-tag'),
        idSelect('tag', form.tagId || null, tags, (v) => ({ tagId: v ?? '' }), t('compare:field-tag')),
      )}
      {row(
        'actor',
        t('compare:field-actor'),
        idSelect('actor', form.actorId, actors, (v) => ({ actorId: v }), t('compare:field-actor')),
      )}
      {row(
        'speaker',
        t('compare:field-speaker'),
        idSelect('speaker', form.speakerId, actors, (v) => ({ speakerId: v }), t('compare:field-speaker')),
      )}
      {row(
        'addressee',
        t('compare:field-addressee'),
        idSelect('addressee', form.addresseeId, actors, (v) => ({ addresseeId: v }), t('compare:field-addressee')),
      )}
      {row(
        'stance',
        t('compare:field-stance'),
        <select
          aria-label={t('compare:field-stance')}
          value={form.stance ?? ''}
          onChange={(e) => set(editField(form, 'stance', { stance: (e.target.value || null) as Stance | null }))}
        >
          <option value="">{t('compareCurate:none')}</option>
          {stances.map((s) => (
            <option key={s} value={s}>
              {t(`model:stance-${s}`)}
            </option>
          ))}
        </select>,
      )}
      {row(
        'concept',
        t('compare:field-concept'),
        idSelect('concept', form.conceptId, conceptOptions, (v) => ({ conceptId: v }), t('compare:field-concept')),
      )}
      {row(
        'date',
        t('compare:field-date'),
        <DateField
          compact
          ariaLabel={t('compare:field-date')}
          value={form.statementDate ?? ''}
          onChange={(v) => set(editField(form, 'date', { statementDate: v || null }))}
        />,
      )}
      {row(
        'memo',
        t('compare:field-memo'),
        <textarea
          aria-label={t('compare:field-memo')}
          rows={2}
          value={form.note}
          onChange={(e) => set(editField(form, 'memo', { note: e.target.value }))}
        />,
      )}
      <div className="cur-confirm">
        <button type="button" className="primary" disabled={busy} onClick={() => submitForm()}>
          {t('compareCurate:formSubmit')}
        </button>
        <button type="button" onClick={() => useCurateStore.getState().setForm(null)}>
          {t('compareCurate:cancel')}
        </button>
      </div>
    </section>
  );
}

/** The window's selection as text offsets, when both its ends lie in pieces that know their offset (data-at). */
function selectedSpan(textLength: number): { start: number; end: number } | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed) return null;
  const at = (node: Node | null, offset: number) => {
    const el = (node instanceof Element ? node : node?.parentElement)?.closest<HTMLElement>('[data-at]');
    return el ? Number(el.dataset.at) + (node instanceof Text ? offset : 0) : null;
  };
  const a = at(selection.anchorNode, selection.anchorOffset);
  const b = at(selection.focusNode, selection.focusOffset);
  return a === null || b === null ? null : spanFromSelection(a, b, textLength);
}
