export * from './code-points.ts';
export * from './surrogates.ts';
export * from './text-quote.ts';
export * from './text-range.ts';
export * from './annotate-span.ts';
export * from './text-change.ts';
export * from './map-annotations.ts';
