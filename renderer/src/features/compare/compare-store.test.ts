import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { DocumentComparison } from '../../../../shared/agreement/agreement-types.ts';
import type { DocumentCuration } from '../../../../shared/curation/curation-types.ts';
import { fixtureComparison, fixtureText } from './compare.fixture.ts';
import { fixtureCuration } from './curate/curation.fixture.ts';

// The core, as far as the Compare view reaches it.
const core = {
  getDocument: vi.fn(async ({ documentId }: { documentId: string }) => ({
    id: documentId,
    title: 'Документ',
    text: fixtureText,
    metadata: {},
  })),
  compareDocument: vi.fn(async (_input: unknown): Promise<DocumentComparison> => fixtureComparison()),
  listDisagreements: vi.fn(async () => []),
  getCuration: vi.fn(async (_input: unknown): Promise<DocumentCuration> => fixtureCuration()),
};
vi.mock('../../store/api.ts', () => ({ api: core, requireApi: () => core }));

const { useAppStore } = await import('../../store/app-store.ts');
const { useCompareStore } = await import('./compare-store.ts');

const coders = [
  { id: 'anna', name: 'Анна' },
  { id: 'boris', name: 'Борис' },
  { id: 'vera', name: 'Вера' },
];

describe('compare store', () => {
  beforeEach(() => {
    vi.clearAllMocks();
    useAppStore.setState({
      project: { id: 'p1', coder: coders[0], coders } as never,
      // Vera has no layer: left out of the default choice.
      documents: [{ id: 'doc1', coderIds: ['anna', 'boris'] }] as never,
      notices: [],
    });
    useCompareStore.setState({ projectId: null, open: null, openKey: null, selected: null });
    useCompareStore.getState().loadPrefs('p1');
  });

  it('compares the coders with layers, and indexes the answer', async () => {
    await useCompareStore.getState().loadDocument('doc1');
    expect(core.compareDocument).toHaveBeenCalledWith({
      documentId: 'doc1',
      coderIds: ['anna', 'boris'],
      unit: { mode: 'overlap', threshold: 0.5 },
    });
    const open = useCompareStore.getState().open;
    expect(open?.index.units).toHaveLength(5);
    expect([...(open?.index.disagreements ?? [])]).toEqual([1, 2, 3, 4]);
  });

  it('drops an answer that a newer question overtook', async () => {
    let answer: (value: DocumentComparison) => void = () => {};
    core.compareDocument.mockImplementationOnce(() => new Promise((resolve) => (answer = resolve)));
    const first = useCompareStore.getState().loadDocument('doc1');
    useCompareStore.getState().setRule({ mode: 'exact', threshold: 0 });
    await useCompareStore.getState().loadDocument('doc1');
    const exact = useCompareStore.getState().open;
    answer({ ...fixtureComparison(), units: [] });
    await first;
    expect(useCompareStore.getState().open).toBe(exact);
    expect(useCompareStore.getState().open?.index.units).toHaveLength(5);
  });

  it('steps through the disagreements, saying when it goes round', async () => {
    await useCompareStore.getState().loadDocument('doc1');
    const { step } = useCompareStore.getState();
    step(1, 0);
    expect(useCompareStore.getState().selected).toBe(1);
    for (let i = 0; i < 3; i++) step(1, 0);
    expect(useCompareStore.getState().selected).toBe(4);
    expect(useAppStore.getState().notices).toHaveLength(0);
    step(1, 0);
    expect(useCompareStore.getState().selected).toBe(1);
    expect(useAppStore.getState().notices.at(-1)?.message).toMatch(/last disagreement/);
  });

  it('asks afresh after a change to the project', async () => {
    await useCompareStore.getState().loadDocument('doc1');
    await useCompareStore.getState().loadDocument('doc1');
    expect(core.compareDocument).toHaveBeenCalledTimes(1);
    useCompareStore.getState().touch();
    await useCompareStore.getState().loadDocument('doc1');
    expect(core.compareDocument).toHaveBeenCalledTimes(2);
    // The text is the same document's: fetched once.
    expect(core.getDocument).toHaveBeenCalledTimes(1);
  });

  it('in curation mode asks for the curation, and keeps the text and the selection when only it changed', async () => {
    useCompareStore.getState().setCurate(true);
    await useCompareStore.getState().loadDocument('doc1');
    expect(core.compareDocument).not.toHaveBeenCalled();
    expect(core.getCuration).toHaveBeenCalledWith({
      documentId: 'doc1',
      coderIds: ['anna', 'boris'],
      unit: { mode: 'overlap', threshold: 0.5 },
    });
    const first = useCompareStore.getState().open;
    expect(first?.curation?.counts).toEqual({ undecided: 3, decided: 1, conflict: 1 });
    useCompareStore.getState().select(3);
    // A decision: the history changes, the curation is asked for again, the layers are the same.
    core.getCuration.mockImplementationOnce(async () => {
      const next = fixtureCuration();
      next.units[3] = { state: 'decided', decisionIds: ['d9'], curatedIds: [] };
      return next;
    });
    useCompareStore.getState().touch();
    await useCompareStore.getState().loadDocument('doc1');
    const after = useCompareStore.getState().open;
    expect(after?.index).toBe(first?.index);
    expect(after?.textKey).toBe(first?.textKey);
    expect(after?.curation?.states[3]).toBe('decided');
    expect(useCompareStore.getState().selected).toBe(3);
    useCompareStore.getState().setCurate(false);
  });

  it('steps through the units still to decide, conflicts among them', async () => {
    useCompareStore.getState().setCurate(true);
    await useCompareStore.getState().loadDocument('doc1');
    const { stepUndecided } = useCompareStore.getState();
    stepUndecided(1, 0);
    expect(useCompareStore.getState().selected).toBe(1);
    stepUndecided(1, 0);
    expect(useCompareStore.getState().selected).toBe(2);
    stepUndecided(-1, 0);
    stepUndecided(-1, 0);
    expect(useCompareStore.getState().selected).toBe(4);
    useCompareStore.getState().setCurate(false);
  });
});
