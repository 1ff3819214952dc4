export * from './codebook-edits.ts';
export * from './codebook-error.ts';
export * from './codebook-file.ts';
export * from './codebook-problem.ts';
export * from './merge-codebooks.ts';
export * from './shortcuts.ts';
export * from './tag-tree.ts';
