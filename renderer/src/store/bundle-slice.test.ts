import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BundlePreview } from '../../../shared/bundles/bundle-preview.ts';
import { emptyChangeSet } from '../../../shared/ipc/change-set.ts';

// The core and the files bridge, as far as these tests reach them.
const labels = { undo: null, redo: null, undoSeq: null, undoPreview: null };
const core = {
  exportBundle: vi.fn(),
  exportProgress: vi.fn(),
  previewBundle: vi.fn(),
  importBundle: vi.fn(),
  discardBundlePreview: vi.fn(async () => ({ discarded: true })),
  getProjectInfo: vi.fn(async () => ({ coders: [] })),
  getHistory: vi.fn(async () => labels),
  getLayerCounts: vi.fn(async () => ({ me: { annotations: 3, links: 1 } })),
};
const files = {
  saveFile: vi.fn(),
  openFile: vi.fn(),
  uploadFile: vi.fn(),
};
vi.mock('./api.ts', () => ({ api: core, requireApi: () => core }));
vi.mock('../files/index.ts', () => files);
vi.stubGlobal('location', { hash: '#/' });
vi.stubGlobal('history', { pushState: vi.fn(), replaceState: vi.fn() });

const { useAppStore } = await import('./app-store.ts');

const preview = { previewId: 'preview-1234', coders: [], records: [] } as unknown as BundlePreview;
const summary = { name: 'a.glossator', bytes: 2048, documents: 2, annotations: { me: 3 }, links: 1, linksLeftOut: 1 };

beforeEach(() => {
  vi.clearAllMocks();
  useAppStore.setState({ bundleImport: null, bundleExportJob: null, bundleExportOpen: false, notices: [] });
});
afterEach(() => vi.useRealTimers());

describe('exporting a bundle', () => {
  it('polls how far the export has come while it writes, then says what was written', async () => {
    vi.useFakeTimers();
    let finish: (value: unknown) => void = () => {};
    core.exportBundle.mockImplementation(() => new Promise((resolve) => (finish = resolve)));
    core.exportProgress.mockResolvedValue({ done: 1234, total: 10000 });
    files.saveFile.mockImplementation(async (_kind, _name, write) => write('ticket-ticket-ticket'));
    useAppStore.getState().openBundleExport();
    const done = useAppStore.getState().runBundleExport({ documents: { all: true }, layers: { mine: true } }, 'a');
    await vi.advanceTimersByTimeAsync(450);
    expect(core.exportProgress).toHaveBeenCalledTimes(2);
    expect(core.exportProgress.mock.calls[0]?.[0].jobId).toBe(core.exportBundle.mock.calls[0]?.[0].jobId);
    expect(useAppStore.getState().bundleExportJob).toMatchObject({ done: 1234, total: 10000 });
    finish(summary);
    expect(await done).toEqual(summary);
    const state = useAppStore.getState();
    expect(state.bundleExportJob).toBeNull();
    expect(state.bundleExportOpen).toBe(false);
    expect(state.notices.at(-1)?.message).toBe(
      'Saved a.glossator (2.0 KB): 2 documents, 3 annotations in 1 layer, 1 link. 1 link left out: an end lies outside the bundle.',
    );
    await vi.advanceTimersByTimeAsync(1000);
    expect(core.exportProgress).toHaveBeenCalledTimes(2);
  });

  it('does nothing when the save dialog is cancelled', async () => {
    files.saveFile.mockResolvedValue(null);
    useAppStore.getState().openBundleExport();
    expect(
      await useAppStore.getState().runBundleExport({ documents: { all: true }, layers: { mine: true } }, 'a'),
    ).toBeNull();
    expect(core.exportBundle).not.toHaveBeenCalled();
    expect(useAppStore.getState().bundleExportOpen).toBe(true);
    expect(useAppStore.getState().notices).toEqual([]);
  });
});

describe('importing a bundle', () => {
  it('uploads a dropped file, previews it, and lets the core forget it when closed', async () => {
    files.uploadFile.mockResolvedValue({ ticket: 'ticket-ticket-ticket', name: 'b.glossator', bytes: 10 });
    core.previewBundle.mockResolvedValue(preview);
    await useAppStore.getState().openBundleImport(new File(['x'], 'b.glossator'));
    expect(core.previewBundle).toHaveBeenCalledWith({ file: 'ticket-ticket-ticket' });
    expect(useAppStore.getState().bundleImport).toMatchObject({ phase: 'preview', fileName: 'b.glossator', preview });
    useAppStore.getState().closeBundleImport();
    expect(core.discardBundlePreview).toHaveBeenCalledWith({ previewId: 'preview-1234' });
    expect(useAppStore.getState().bundleImport).toBeNull();
  });

  it('says why a bundle cannot be read', async () => {
    files.openFile.mockResolvedValue({ ticket: 'ticket-ticket-ticket', name: 'bad.glossator', bytes: 10 });
    core.previewBundle.mockRejectedValue(new Error('not a zip'));
    await useAppStore.getState().openBundleImport();
    expect(useAppStore.getState().bundleImport).toEqual({
      phase: 'failed',
      fileName: 'bad.glossator',
      error: 'not a zip',
    });
  });

  it('imports with the decisions as one step, applies its change and shows the summary; nothing to discard after', async () => {
    files.openFile.mockResolvedValue({ ticket: 'ticket-ticket-ticket', name: 'b.glossator', bytes: 10 });
    core.previewBundle.mockResolvedValue(preview);
    const history = { ...labels, undo: { key: 'history:importBundle' } };
    core.importBundle.mockResolvedValue({ change: emptyChangeSet(), history, summary: { documents: 1 } });
    await useAppStore.getState().openBundleImport();
    const decisions = { coders: { b: 'new' }, choices: { 'tag:t': 'theirs' as const }, replaceLayers: false };
    await useAppStore.getState().runBundleImport(decisions);
    expect(core.importBundle).toHaveBeenCalledWith({ previewId: 'preview-1234', ...decisions });
    expect(useAppStore.getState().bundleImport).toMatchObject({ phase: 'done', summary: { documents: 1 } });
    expect(useAppStore.getState().historyLabels).toEqual(history);
    useAppStore.getState().closeBundleImport();
    expect(core.discardBundlePreview).not.toHaveBeenCalled();
  });

  it('keeps the preview, with the reason, when the import is refused', async () => {
    files.openFile.mockResolvedValue({ ticket: 'ticket-ticket-ticket', name: 'b.glossator', bytes: 10 });
    core.previewBundle.mockResolvedValue(preview);
    core.importBundle.mockRejectedValue(new Error('replaces a layer'));
    await useAppStore.getState().openBundleImport();
    await useAppStore.getState().runBundleImport({ coders: {}, choices: {}, replaceLayers: false });
    expect(useAppStore.getState().bundleImport).toMatchObject({ phase: 'preview', error: 'replaces a layer' });
  });
});
