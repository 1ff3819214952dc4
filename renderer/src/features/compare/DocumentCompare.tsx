import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useT } from '../../i18n/i18n.ts';
import { useAppStore } from '../../store/app-store.ts';
import { measureNextFrame, performanceMarks } from '../../store/performance-marks.ts';
import { coderColor } from '../../ui/coder-color.ts';
import { coderLabel } from '../../ui/coder-label.ts';
import { isConfirming } from '../../ui/confirm-store.ts';
import { isTypingTarget } from '../../ui/is-typing-target.ts';
import { modalOpen } from '../../ui/modal-open.ts';
import { ClassLegend } from './ClassLegend.tsx';
import { classKey } from './class-marks.ts';
import type { BlockLook } from './CompareBlock.tsx';
import { CompareHelp } from './CompareHelp.tsx';
import { compareCommand, typesText } from './compare-keys.ts';
import { type OpenComparison, useCompareStore } from './compare-store.ts';
import { CompareText } from './CompareText.tsx';
import { CuratePanel } from './curate/CuratePanel.tsx';
import { CurateLegend } from './curate/CurateLegend.tsx';
import { rejectAll, startEdit, startNew, takeVersion } from './curate/curate-actions.ts';
import { curateCommand, curateKeyCaps } from './curate/curate-keys.ts';
import { useCurateStore } from './curate/curate-store.ts';
import { UnitDetail } from './UnitDetail.tsx';

/** One document compared: the legend, the text (windowed) and the selected unit's versions. */
export function DocumentCompare({ open, refreshing }: { open: OpenComparison; refreshing: boolean }) {
  const { t } = useT();
  const project = useAppStore((s) => s.project);
  const tags = useAppStore((s) => s.codebook.tags);
  const layout = useCompareStore((s) => s.prefs.layout);
  const selected = useCompareStore((s) => s.selected);
  const reveal = useCompareStore((s) => s.reveal);
  const helpOpen = useCompareStore((s) => s.helpOpen);
  const { index } = open;
  const lookAt = useRef<() => number>(() => 0);
  const onLookAt = useCallback((f: () => number) => {
    lookAt.current = f;
  }, []);

  const coderIds = index.coderIds;
  const coderNames = useMemo(() => coderIds.map((id) => coderLabel(id, project, t)), [coderIds, project, t]);
  const coderColors = useMemo(() => coderIds.map((id) => coderColor(project?.coders ?? [], id)), [coderIds, project]);
  const look = useMemo<BlockLook>(() => {
    const colors = new Map(tags.map((tag) => [tag.id, tag.color]));
    return {
      coderColors,
      tagColor: (id) => colors.get(id) ?? '#888888',
      classWord: (unitClass) => t(classKey(unitClass, coderIds.length)),
      stateWord: (state) => t(`compareCurate:state-${state}`),
    };
  }, [tags, coderColors, coderIds, t]);

  // The first frame with this comparison on screen (from the question: compare-store).
  // biome-ignore lint/correctness/useExhaustiveDependencies: once per comparison shown.
  useEffect(() => {
    measureNextFrame(performanceMarks.compareFrame, performanceMarks.compareStart);
  }, [open]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const store = useCompareStore.getState();
      const app = useAppStore.getState();
      // Not while a dialog has the keyboard (the help, a confirmation, the identity, an import,
      // the merge dialog or any other modal on screen).
      const dialog = !app.identityConfirmed || app.editingIdentity || app.importState || app.bundleImport;
      if (store.helpOpen || dialog || isConfirming() || modalOpen()) return;
      if (typesText(event.target, isTypingTarget)) return;
      if (store.open?.curation && curateKey(event, lookAt.current)) return;
      const command = compareCommand(event);
      if (!command) return;
      if (command === 'clear' && useCurateStore.getState().form) return useCurateStore.getState().setForm(null);
      event.preventDefault();
      if (command === 'help') return store.setHelpOpen(true);
      if (command === 'clear') return store.select(null);
      performance.mark(performanceMarks.compareStepStart);
      store.step(command === 'next' ? 1 : -1, lookAt.current());
      measureNextFrame(performanceMarks.compareStepFrame, performanceMarks.compareStepStart);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // A new unit selected: the last one's reason, waiting action and form go.
  // biome-ignore lint/correctness/useExhaustiveDependencies: on the selection alone.
  useEffect(() => useCurateStore.getState().reset(), [selected, open.document.id]);

  const step = (direction: 1 | -1) => useCompareStore.getState().step(direction, lookAt.current());
  const stepOpen = (direction: 1 | -1) => stepUndecided(direction, lookAt.current());
  const curation = open.curation;
  return (
    <>
      <div className="cmp-bar">
        <ClassLegend classes={open.classes} coders={coderIds.length} formation={open.formation} />
        {curation && <CurateLegend curation={curation} />}
        <div className="cmp-steps">
          <button type="button" className="quiet" onClick={() => step(-1)} title={t('compare:previous')}>
            <span aria-hidden="true">←</span> {t('compare:previous')} <kbd>[</kbd>
          </button>
          <button type="button" className="quiet" onClick={() => step(1)} title={t('compare:next')}>
            {t('compare:next')} <kbd>]</kbd> <span aria-hidden="true">→</span>
          </button>
          {curation && (
            <>
              <button type="button" className="quiet" onClick={() => stepOpen(-1)} data-testid="curate-previous">
                {t('compareCurate:previousUndecided')} <kbd>{curateKeyCaps.previous}</kbd>
              </button>
              <button type="button" className="quiet" onClick={() => stepOpen(1)} data-testid="curate-next">
                {t('compareCurate:nextUndecided')} <kbd>{curateKeyCaps.next}</kbd>
              </button>
            </>
          )}
          <button type="button" className="quiet" onClick={() => useCompareStore.getState().setHelpOpen(true)}>
            <kbd>?</kbd>
          </button>
        </div>
      </div>
      {index.units.length === 0 ? (
        <p className="empty-hint">{t('compare:noUnits')}</p>
      ) : (
        <div className="cmp-body" aria-busy={refreshing || undefined}>
          <CompareText
            key={open.textKey}
            index={index}
            layout={layout}
            selected={selected}
            reveal={reveal}
            coderNames={coderNames}
            look={look}
            curation={curation}
            onSelect={(unit) => useCompareStore.getState().select(unit)}
            onLookAt={onLookAt}
          />
          <UnitDetail
            index={index}
            unit={selected}
            coderNames={coderNames}
            coderColors={coderColors}
            documentDate={open.document.metadata.date}
          >
            {curation && selected !== null && index.units[selected] && (
              <CuratePanel index={index} unit={selected} curation={curation} coderNames={coderNames} />
            )}
          </UnitDetail>
        </div>
      )}
      {helpOpen && (
        <CompareHelp curating={curation !== null} onClose={() => useCompareStore.getState().setHelpOpen(false)} />
      )}
    </>
  );
}

/**
 * A next/previous-undecided step, measured from the key to the frame that
 * shows the unit selected (curateStepStart → curateStepFrame, read by the bench).
 */
function stepUndecided(direction: 1 | -1, offset: number): void {
  performance.mark(performanceMarks.curateStepStart);
  useCompareStore.getState().stepUndecided(direction, offset);
  measureNextFrame(performanceMarks.curateStepFrame, performanceMarks.curateStepStart);
}

/** The curation keys (by their place on the keyboard): true when the key was one of them. */
function curateKey(event: KeyboardEvent, offset: () => number): boolean {
  const command = curateCommand(event);
  if (!command) return false;
  event.preventDefault();
  if (command.kind === 'step') stepUndecided(command.direction, offset());
  else if (command.kind === 'take') takeVersion(command.coder);
  else if (command.kind === 'edit') startEdit();
  else if (command.kind === 'new') startNew();
  else rejectAll();
  return true;
}
