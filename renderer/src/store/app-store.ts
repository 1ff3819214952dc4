import { create } from 'zustand';
import { type ActorSlice, createActorSlice } from './actor-slice.ts';
import { type BundleSlice, createBundleSlice } from './bundle-slice.ts';
import { type CodebookSlice, createCodebookSlice } from './codebook-slice.ts';
import { createHistorySlice, type HistorySlice } from './history-slice.ts';
import { createImportSlice, type ImportSlice } from './import-slice.ts';
import { createLibrarySlice, type LibrarySlice } from './library-slice.ts';
import { createLinkSlice, type LinkSlice } from './link-slice.ts';
import { createNetworkSlice, type NetworkSlice } from './network-slice.ts';
import { createNoticeSlice, type NoticeSlice } from './notice-slice.ts';
import { createProjectSlice, type ProjectSlice } from './project-slice.ts';
import { createReaderSlice, type ReaderSlice } from './reader-slice.ts';
import { createRouteSlice, type RouteSlice } from './route-slice.ts';
import { createSearchSlice, type SearchSlice } from './search-slice.ts';
import { createSuggestionSlice, type SuggestionSlice } from './suggestion-slice.ts';
import { createSyncSlice, type SyncSlice } from './sync-slice.ts';

/** The renderer's one store, built from slices. Components call actions; actions call the api. */
export type AppState = ProjectSlice &
  LibrarySlice &
  ReaderSlice &
  RouteSlice &
  NoticeSlice &
  CodebookSlice &
  ActorSlice &
  HistorySlice &
  SearchSlice &
  ImportSlice &
  LinkSlice &
  NetworkSlice &
  SuggestionSlice &
  BundleSlice &
  SyncSlice;

export const useAppStore = create<AppState>()((...a) => ({
  ...createProjectSlice(...a),
  ...createLibrarySlice(...a),
  ...createReaderSlice(...a),
  ...createRouteSlice(...a),
  ...createNoticeSlice(...a),
  ...createCodebookSlice(...a),
  ...createActorSlice(...a),
  ...createHistorySlice(...a),
  ...createSearchSlice(...a),
  ...createImportSlice(...a),
  ...createLinkSlice(...a),
  ...createNetworkSlice(...a),
  ...createSuggestionSlice(...a),
  ...createBundleSlice(...a),
  ...createSyncSlice(...a),
}));
