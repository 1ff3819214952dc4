import { beforeEach, describe, expect, it, vi } from 'vitest';

// The core, as far as the result views reach it: each call records what it was asked.
const core = {
  getNetwork: vi.fn(async (_input: unknown) => ({ kind: 'actor-concept', nodes: [], edges: [] })),
  listConcepts: vi.fn(async (_input: unknown) => []),
  getConceptTimeline: vi.fn(async (_input: unknown) => ({ concept: { id: 'c1' }, statements: [] })),
  searchAnnotations: vi.fn(async (_input: unknown) => ({ rows: [], total: 0, truncated: false })),
};
vi.mock('./api.ts', () => ({ api: core, requireApi: () => core }));

const { useAppStore } = await import('./app-store.ts');
const { resultLayerOf, useResultLayerChoices } = await import('./result-layer.ts');

const withCurated = [
  { id: 'd1', coderIds: ['anna'] },
  { id: 'd2', coderIds: ['anna', 'curated'] },
];

async function askEverything() {
  vi.clearAllMocks();
  const s = useAppStore.getState();
  await s.loadNetwork();
  await s.loadConcepts();
  await s.loadConceptTimeline('c1');
  s.setSearch({ scope: 'annotations', query: 'программа' });
  await useAppStore.getState().runSearch();
  return [
    core.getNetwork.mock.calls[0]?.[0],
    core.listConcepts.mock.calls[0]?.[0],
    core.getConceptTimeline.mock.calls[0]?.[0],
    core.searchAnnotations.mock.calls[0]?.[0],
  ].map((input) => (input as { coderId?: string }).coderId);
}

describe('the result layer the views ask for', () => {
  beforeEach(() => {
    useResultLayerChoices.setState({ chosen: {} });
    useAppStore.setState({ project: { id: 'p1', coder: { id: 'anna', name: 'Анна' }, coders: [] } as never });
  });

  it('is every coder’s while there is no curated layer', async () => {
    useAppStore.setState({ documents: [{ id: 'd1', coderIds: ['anna'] }] as never });
    expect(resultLayerOf(useAppStore.getState())).toBe('all');
    expect(await askEverything()).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('is the curated layer once it exists, in every call', async () => {
    useAppStore.setState({ documents: withCurated as never });
    expect(resultLayerOf(useAppStore.getState())).toBe('curated');
    expect(await askEverything()).toEqual(['curated', 'curated', 'curated', 'curated']);
  });

  it('follows the user’s switch, per project', async () => {
    useAppStore.setState({ documents: withCurated as never });
    useResultLayerChoices.getState().choose('p1', 'all');
    expect(await askEverything()).toEqual([undefined, undefined, undefined, undefined]);
    // Another project has its own choice (none yet: the default).
    useAppStore.setState({ project: { id: 'p2', coder: { id: 'anna', name: 'Анна' }, coders: [] } as never });
    expect(resultLayerOf(useAppStore.getState())).toBe('curated');
    // A network coder filter gives way to the curated layer while it is shown.
    useAppStore.setState((s) => ({ networkFilters: { ...s.networkFilters, coderId: 'anna' } }));
    expect((await askEverything())[0]).toBe('curated');
  });
});
