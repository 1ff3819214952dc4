import { describe, expect, it } from 'vitest';
import { clampPanelWidth, loadPanelWidth, PANEL_DEFAULT, savePanelWidth } from './panel-width.ts';

describe('the side panel’s width', () => {
  it('stays between the minimum and 60 % of the window', () => {
    expect(clampPanelWidth(100, 1280)).toBe(260);
    expect(clampPanelWidth(500, 1280)).toBe(500);
    expect(clampPanelWidth(1000, 1280)).toBe(768);
  });
  it('is remembered, and a stored value that makes no sense gives the default', () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
    };
    expect(loadPanelWidth(storage, 1920)).toBe(PANEL_DEFAULT);
    savePanelWidth(storage, 512.4);
    expect(loadPanelWidth(storage, 1920)).toBe(512);
    store.set('glossator.sidePanelWidth', 'wide');
    expect(loadPanelWidth(storage, 1920)).toBe(PANEL_DEFAULT);
  });
});
