import type { StateCreator } from 'zustand';
import type { AppState } from './app-store.ts';

export type Route =
  | { view: 'library' }
  | { view: 'reader'; documentId: string; annotationId?: string; match?: TextRange }
  | { view: 'codebook' }
  | { view: 'search' }
  | { view: 'actors'; actorId?: string }
  /** Suggested actor mentions across the corpus, shown in the Actors view. */
  | { view: 'suggestions' }
  | { view: 'network' }
  | { view: 'links' }
  | { view: 'concepts'; conceptId?: string }
  | { view: 'backups' }
  /** One document's coders side by side, or (no document) the documents with the most disagreements. */
  | { view: 'compare'; documentId?: string }
  | { view: 'agreement' }
  /** The decision log, the curation summary and the team's quick reasons. */
  | { view: 'curation' }
  /** The shared project's syncs: who, when, what changed (team sync, issue 19). */
  | { view: 'history' };

export interface RouteSlice {
  route: Route;
  /** Shows a view and records it in the address, so reload and Back work. */
  navigate: (route: Route) => void;
  /** Shows the view the address names (on start and on Back/Forward). */
  followLocation: () => void;
}

const ID = '([A-Za-z0-9_-]+)';

/** A stretch of a document's text (UTF-16 offsets), such as a search match. */
export interface TextRange {
  start: number;
  end: number;
}

export function routeFromHash(hash: string): Route {
  const at = new RegExp(`^#/doc/${ID}/at/(\\d+)-(\\d+)$`).exec(hash);
  if (at?.[1]) return { view: 'reader', documentId: at[1], match: { start: Number(at[2]), end: Number(at[3]) } };
  if (hash === '#/search') return { view: 'search' };
  const doc = new RegExp(`^#/doc/${ID}(?:/${ID})?$`).exec(hash);
  if (doc?.[1])
    return doc[2]
      ? { view: 'reader', documentId: doc[1], annotationId: doc[2] }
      : { view: 'reader', documentId: doc[1] };
  if (hash === '#/codebook') return { view: 'codebook' };
  if (hash === '#/suggestions') return { view: 'suggestions' };
  if (hash === '#/network') return { view: 'network' };
  const actors = new RegExp(`^#/actors(?:/${ID})?$`).exec(hash);
  if (actors) return actors[1] ? { view: 'actors', actorId: actors[1] } : { view: 'actors' };
  if (hash === '#/links') return { view: 'links' };
  if (hash === '#/backups') return { view: 'backups' };
  if (hash === '#/agreement') return { view: 'agreement' };
  if (hash === '#/curation') return { view: 'curation' };
  if (hash === '#/history') return { view: 'history' };
  const compare = new RegExp(`^#/compare(?:/${ID})?$`).exec(hash);
  if (compare) return compare[1] ? { view: 'compare', documentId: compare[1] } : { view: 'compare' };
  const concepts = new RegExp(`^#/concepts(?:/${ID})?$`).exec(hash);
  if (concepts) return concepts[1] ? { view: 'concepts', conceptId: concepts[1] } : { view: 'concepts' };
  return { view: 'library' };
}

export function hashOf(route: Route): string {
  switch (route.view) {
    case 'reader':
      if (route.match) return `#/doc/${route.documentId}/at/${route.match.start}-${route.match.end}`;
      return route.annotationId ? `#/doc/${route.documentId}/${route.annotationId}` : `#/doc/${route.documentId}`;
    case 'search':
      return '#/search';
    case 'codebook':
      return '#/codebook';
    case 'suggestions':
      return '#/suggestions';
    case 'network':
      return '#/network';
    case 'actors':
      return route.actorId ? `#/actors/${route.actorId}` : '#/actors';
    case 'links':
      return '#/links';
    case 'backups':
      return '#/backups';
    case 'compare':
      return route.documentId ? `#/compare/${route.documentId}` : '#/compare';
    case 'agreement':
      return '#/agreement';
    case 'curation':
      return '#/curation';
    case 'history':
      return '#/history';
    case 'concepts':
      return route.conceptId ? `#/concepts/${route.conceptId}` : '#/concepts';
    default:
      return '#/';
  }
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
    if (route.view === 'reader') void get().openDocument(route.documentId, route.annotationId, route.match);
    else get().closeDocument();
    if (route.view === 'actors' && route.actorId) void get().loadActorMentions(route.actorId);
    if (route.view === 'codebook') void get().loadTagUsage();
    if (route.view === 'network') void get().loadNetwork();
    if (route.view === 'links') void get().loadCorpusLinks();
    if (route.view === 'concepts') {
      void get().loadConcepts();
      if (route.conceptId) void get().loadConceptTimeline(route.conceptId);
    }
  },
});
