import { beforeEach, describe, expect, it, vi } from 'vitest';
import { message } from '../../../shared/i18n/message.ts';

// The core and the files bridge, as far as these tests reach them.
const core = {
  exportExchange: vi.fn(),
  exportGraphml: vi.fn(),
  getHistory: vi.fn(async () => ({ undo: null, redo: null, undoSeq: null, undoPreview: null })),
};
const files = { saveFile: vi.fn(), openFile: vi.fn(), uploadFile: vi.fn() };
vi.mock('./api.ts', () => ({ api: core, requireApi: () => core }));
vi.mock('../files/index.ts', () => files);
vi.stubGlobal('location', { hash: '#/' });
vi.stubGlobal('history', { pushState: vi.fn(), replaceState: vi.fn() });

const { useAppStore } = await import('./app-store.ts');
const choice = { documents: { ids: ['d1'] }, layers: { mine: true as const } };

beforeEach(() => {
  vi.clearAllMocks();
  files.saveFile.mockImplementation(async (_kind, _name, write) => write('ticket-ticket-ticket'));
  useAppStore.setState({ bundleExportJob: null, bundleExportOpen: true, notices: [] });
});

describe('Export… in another tool’s format', () => {
  it('asks for a zip of CSV tables (with the BOM asked for), then says what was written and what was left out', async () => {
    core.exportExchange.mockResolvedValue({
      name: 'p csv.zip',
      bytes: 10,
      format: 'csv',
      documents: 1,
      annotations: 2,
      links: 0,
      coders: 1,
      offsetUnit: 'utf-16',
      leftOut: [{ kind: 'link', count: 1, reason: message('exchange:csv-linkEndNotExported', { count: 1 }) }],
    });
    const saved = await useAppStore.getState().runExchangeExport('csv', choice, { bom: true }, 'p csv.zip');
    expect(saved?.name).toBe('p csv.zip');
    expect(files.saveFile.mock.calls[0]?.slice(0, 2)).toEqual(['zip', 'p csv.zip']);
    expect(core.exportExchange).toHaveBeenCalledWith({
      format: 'csv',
      to: 'ticket-ticket-ticket',
      ...choice,
      options: { bom: true, csv: { container: 'zip' } },
    });
    const state = useAppStore.getState();
    expect(state.bundleExportOpen).toBe(false);
    expect(state.bundleExportJob).toBeNull();
    expect(state.notices.at(-1)?.message).toMatch(/^Wrote p csv\.zip: 1 document, 2 annotations, 0 links\. .+/);
  });

  it('writes GraphML through the network’s own call, of the documents and layers chosen, and a refusal is said', async () => {
    core.exportGraphml.mockResolvedValue({ name: 'n.graphml', bytes: 5 });
    await useAppStore.getState().runExchangeExport('graphml', choice, { bom: false }, 'n.graphml');
    expect(core.exportGraphml).toHaveBeenCalledWith({
      query: { kind: 'actor-concept' },
      to: 'ticket-ticket-ticket',
      scope: choice,
    });
    expect(useAppStore.getState().notices.at(-1)?.message).toBe('Wrote n.graphml.');
    core.exportExchange.mockRejectedValue(new Error('This Glossator cannot write the w3c format yet.'));
    useAppStore.setState({ bundleExportOpen: true });
    expect(await useAppStore.getState().runExchangeExport('w3c', choice, { bom: false }, 'w.jsonld')).toBeNull();
    expect(useAppStore.getState().bundleExportOpen).toBe(true);
    expect(useAppStore.getState().notices.at(-1)?.message).toContain('cannot write the w3c format');
  });
});
