import type { StateCreator } from 'zustand';
import type { AppState } from './app-store.ts';

export type Route = { view: 'library' } | { view: 'reader'; documentId: string };

export interface RouteSlice {
  route: Route;
  /** Shows a view and records it in the address, so reload and Back work. */
  navigate: (route: Route) => void;
  /** Shows the view the address names (on start and on Back/Forward). */
  followLocation: () => void;
}

export function routeFromHash(hash: string): Route {
  const match = /^#\/doc\/([A-Za-z0-9_-]+)$/.exec(hash);
  return match?.[1] ? { view: 'reader', documentId: match[1] } : { view: 'library' };
}

export function hashOf(route: Route): string {
  return route.view === 'reader' ? `#/doc/${route.documentId}` : '#/';
}

export const createRouteSlice: StateCreator<AppState, [], [], RouteSlice> = (set, get) => ({
  route: { view: 'library' },
  navigate: (route) => {
    if (location.hash !== hashOf(route)) history.pushState(null, '', hashOf(route));
    get().followLocation();
  },
  followLocation: () => {
    const route = routeFromHash(location.hash);
    set({ route });
    if (route.view === 'reader') void get().openDocument(route.documentId);
    else get().closeDocument();
  },
});
