import { t } from '../../../i18n/i18n.ts';
import { useAppStore } from '../../../store/app-store.ts';
import { coderLabel } from '../../../ui/coder-label.ts';
import { useCompareStore } from '../compare-store.ts';
import { useCurateStore } from './curate-store.ts';
export { pendingWords } from './pending-words.ts';
import { emptyForm, formAction, formFromVersion, formProblem, versionsAsRead } from './version-form.ts';

/**
 * The curation actions, the same from a button and from a key: each works
 * on the selected unit, or says what is missing (no unit selected, no
 * version of that coder, a form that cannot be sent).
 */
function selectedUnit() {
  const { open, selected } = useCompareStore.getState();
  if (!open?.curation || selected === null || !open.index.units[selected]) {
    useAppStore.getState().notify('info', t('compareCurate:selectFirst'));
    return null;
  }
  // The versions as curation reads them (mapped tags), so a form starts from what take would copy.
  const members = versionsAsRead(open.index.members[selected] ?? [], open.index.units[selected]?.labels ?? []);
  return { open, unit: selected, members };
}

const nameOf = (coderId: string) => coderLabel(coderId, useAppStore.getState().project, t);

export function takeVersion(coder: number): void {
  const at = selectedUnit();
  if (!at) return;
  const coderId = at.open.index.coderIds[coder];
  if (!coderId) return;
  if (!at.members[coder]) {
    useAppStore.getState().notify('info', t('compareCurate:noVersion', { coder: nameOf(coderId) }));
    return;
  }
  useCurateStore.setState({ form: null });
  void useCurateStore.getState().choose({ kind: 'unit', unit: at.unit, action: { kind: 'take', coderId } });
}

/** Opens the form on a coder's version (the first coder who has one, unless one is named). */
export function startEdit(coder?: number): void {
  const at = selectedUnit();
  if (!at) return;
  const c = coder ?? at.members.findIndex((a) => a !== null);
  const version = at.members[c];
  const coderId = at.open.index.coderIds[c];
  if (!version || !coderId) return;
  useCurateStore.getState().setForm(formFromVersion(version, coderId));
}

export function startNew(): void {
  const at = selectedUnit();
  if (!at) return;
  const u = at.open.index.units[at.unit];
  const first = at.members.find((a) => a !== null);
  if (!u) return;
  useCurateStore.getState().setForm(emptyForm(u.start, u.end, first?.tagId ?? ''));
}

export function rejectAll(): void {
  const at = selectedUnit();
  if (!at) return;
  // Rejecting all is not the open form's version: the form goes, so one action is shown waiting.
  useCurateStore.setState({ form: null });
  void useCurateStore.getState().choose({ kind: 'unit', unit: at.unit, action: { kind: 'reject-all' } });
}

/** Sends the form's version (with the reason), or says what keeps it. */
export function submitForm(): void {
  const at = selectedUnit();
  const store = useCurateStore.getState();
  const form = store.form;
  if (!at || !form) return;
  const problem = formProblem(form, at.open.index.text.length);
  if (problem) {
    useCurateStore.setState({ problem: t(`compareCurate:problem-${problem}`) });
    return;
  }
  void store.choose({ kind: 'unit', unit: at.unit, action: formAction(form) });
}

/** Enter in the reason box: the waiting action, else the open form, else it asks for an action. */
export function confirmReason(): void {
  const store = useCurateStore.getState();
  if (!store.pending && store.form) submitForm();
  else void store.confirm();
}
