import { beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyChangeSet } from '../../../shared/ipc/change-set.ts';
import type { LinkRow } from '../../../shared/ipc/results.ts';
import type { Concept } from '../../../shared/model/concept.ts';
import type { Link } from '../../../shared/model/link.ts';

// The core, as far as these tests reach it.
const core = {
  listLinks: vi.fn(async (_input: { documentId?: string }): Promise<LinkRow[]> => []),
  createLink: vi.fn(),
  listConcepts: vi.fn(async () => []),
  getConceptTimeline: vi.fn(),
  getHistory: vi.fn(async () => ({ undo: 'Link', redo: null, undoSeq: 1, undoPreview: null })),
};
vi.mock('./api.ts', () => ({ api: core, requireApi: () => core }));

const { useAppStore } = await import('./app-store.ts');

const at = '2026-01-01T00:00:00.000Z';
const link: Link = {
  id: 'l1',
  fromId: 'a',
  toId: 'b',
  typeId: 'same-proposal',
  coderId: 'c',
  note: '',
  created: at,
  modified: at,
};
const concept = (id: string, name: string): Concept => ({ id, name, description: '', created: at, modified: at });
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('link slice', () => {
  beforeEach(() => {
    vi.clearAllMocks();
    useAppStore.setState({ documentLinks: [], documentLinksOf: null, concepts: [], reader: null });
  });

  it('reads a document’s links, dropping another document’s at once', async () => {
    useAppStore.setState({ documentLinks: [{ link, from: null, to: null }], documentLinksOf: 'other' });
    let answer: (rows: LinkRow[]) => void = () => {};
    core.listLinks.mockImplementationOnce(() => new Promise((resolve) => (answer = resolve)));
    const loading = useAppStore.getState().loadDocumentLinks('d1');
    expect(useAppStore.getState().documentLinks).toEqual([]);
    answer([{ link, from: null, to: null }]);
    await loading;
    expect(useAppStore.getState()).toMatchObject({ documentLinksOf: 'd1', documentLinks: [{ link }] });
  });

  it('after making a link, reads the open document’s links again and refreshes the undo label', async () => {
    core.createLink.mockResolvedValueOnce(link);
    useAppStore.setState({ reader: { document: { id: 'd1' }, annotations: [] } as never });
    expect(await useAppStore.getState().createLink({ fromId: 'a', toId: 'b', typeId: 'same-proposal' })).toBeNull();
    await flush();
    expect(core.listLinks).toHaveBeenCalledWith({ documentId: 'd1' });
    expect(core.getHistory).toHaveBeenCalled();
  });

  it('says why a link was not made', async () => {
    core.createLink.mockRejectedValueOnce(new Error('There is already such a link.'));
    expect(await useAppStore.getState().createLink({ fromId: 'a', toId: 'b', typeId: 'x' })).toBe(
      'There is already such a link.',
    );
  });

  it('reloads links when an annotation at one of their ends comes or goes', async () => {
    useAppStore.setState({
      reader: { document: { id: 'd1' }, annotations: [] } as never,
      documentLinks: [{ link, from: null, to: null }],
      documentLinksOf: 'd1',
    });
    useAppStore
      .getState()
      .applyLinkChange({ ...emptyChangeSet(), removedAnnotations: [{ id: 'z', documentId: 'd1' }] });
    expect(core.listLinks).not.toHaveBeenCalled();
    useAppStore
      .getState()
      .applyLinkChange({ ...emptyChangeSet(), removedAnnotations: [{ id: 'b', documentId: 'd2' }] });
    expect(core.listLinks).toHaveBeenCalledWith({ documentId: 'd1' });
  });

  it('keeps concepts by name, with their counts, through renames, additions and deletions', () => {
    useAppStore.setState({
      concepts: [
        { concept: concept('1', 'Программа ШОС'), statementCount: 4 },
        { concept: concept('2', 'Антитеррор'), statementCount: 1 },
      ],
    });
    useAppStore.getState().applyLinkChange({
      ...emptyChangeSet(),
      concepts: [concept('1', 'Борьба с экстремизмом'), concept('3', 'Я-новый')],
      removedConcepts: ['2'],
    });
    expect(useAppStore.getState().concepts.map((c) => [c.concept.name, c.statementCount])).toEqual([
      ['Борьба с экстремизмом', 4],
      ['Я-новый', 0],
    ]);
  });
});
