import { describe, expect, it, vi } from 'vitest';
import { createMainWindow } from './window-options.ts';

vi.mock('electron', async () => {
  const { createFakeElectron } = await import('./testing/fake-electron.ts');
  const fake = createFakeElectron();
  return { ...fake.module, default: fake.module };
});

describe('the main window', () => {
  it('isolates the page from Node and the system', () => {
    const window = createMainWindow('/app/preload/index.cjs') as unknown as { options: Record<string, unknown> };
    expect(window.options.show).toBe(false);
    expect(window.options.webPreferences).toMatchObject({
      preload: '/app/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
    });
  });
});
