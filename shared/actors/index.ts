export * from './actor-mentions.ts';
export * from './actor-search.ts';
export * from './merge-actors.ts';
export * from './russian-stems.ts';
export * from './search-words.ts';
export * from './suggest-speaker.ts';
