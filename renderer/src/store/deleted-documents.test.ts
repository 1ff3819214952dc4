import { beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyChangeSet } from '../../../shared/ipc/change-set.ts';
import type { DocumentSummary } from '../../../shared/model/document.ts';

// The core and the browser's address, as far as these tests reach them.
const core = {
  listDocuments: vi.fn(async (): Promise<DocumentSummary[]> => []),
  deleteDocuments: vi.fn(),
  getHistory: vi.fn(async () => ({ undo: null, redo: null, undoSeq: null, undoPreview: null })),
};
vi.mock('./api.ts', () => ({ api: core, requireApi: () => core }));
const address = { hash: '#/' };
vi.stubGlobal('location', address);
vi.stubGlobal('history', {
  pushState: (_state: unknown, _title: string, hash: string) => (address.hash = hash),
  replaceState: vi.fn((_state: unknown, _title: string, hash: string) => (address.hash = hash)),
});

const { useAppStore } = await import('./app-store.ts');

const summary = (id: string): DocumentSummary => ({
  id,
  title: `Документ ${id}`,
  metadata: {},
  created: '2026-01-01T00:00:00.000Z',
  textLength: 10,
  annotationCount: 0,
  tagIds: [],
  actorIds: [],
  coderIds: [],
  curationStatus: 'not-started',
});

describe('deleted documents on screen', () => {
  beforeEach(() => {
    vi.clearAllMocks();
    address.hash = '#/';
    useAppStore.setState({ documents: ['d1', 'd2', 'd3'].map(summary), route: { view: 'library' }, reader: null });
  });

  it('leave the Library at once, and a Reader open on one goes back to the Library in its place', () => {
    address.hash = '#/doc/d2';
    useAppStore.setState({ route: { view: 'reader', documentId: 'd2' } });
    useAppStore.getState().applyChange({ ...emptyChangeSet(), removedDocuments: ['d2'] });
    const state = useAppStore.getState();
    expect(state.documents.map((d) => d.id)).toEqual(['d1', 'd3']);
    expect(state.route).toEqual({ view: 'library' });
    // Replaced, not pushed: Back does not lead to the deleted document.
    expect(history.replaceState).toHaveBeenCalledWith(null, '', '#/');
  });

  it('brought back by undo, are read again from the core, with their counts', async () => {
    useAppStore.setState({ documents: [summary('d1')] });
    core.listDocuments.mockResolvedValueOnce(['d1', 'd2'].map(summary));
    const { annotationCount: _, tagIds: __, actorIds: ___, coderIds: ____, ...info } = summary('d2');
    useAppStore.getState().applyChange({ ...emptyChangeSet(), documents: [info] });
    await vi.waitFor(() => expect(useAppStore.getState().documents.map((d) => d.id)).toEqual(['d1', 'd2']));
    expect(core.listDocuments).toHaveBeenCalledTimes(1);
  });

  it('deleting takes the undo labels from the core’s answer', async () => {
    const history = { undo: 'Delete 2 documents', redo: null, undoSeq: 7, undoPreview: null };
    core.deleteDocuments.mockResolvedValueOnce({
      change: { ...emptyChangeSet(), removedDocuments: ['d1', 'd3'] },
      history,
    });
    expect(await useAppStore.getState().deleteDocuments(['d1', 'd3'])).toBe(true);
    expect(useAppStore.getState().documents.map((d) => d.id)).toEqual(['d2']);
    expect(useAppStore.getState().historyLabels).toEqual(history);
    expect(core.getHistory).not.toHaveBeenCalled();
  });
});
