/**
 * Another language's messages for an English namespace `T`. Typed loosely on
 * purpose: a language has its own plural forms (English one and other;
 * Russian one, few, many and other), so its keys are not English's. What
 * holds them together is catalogs.test.ts: the same keys, every Russian
 * plural with all four forms, the same parameters in every message.
 */
// biome-ignore lint/correctness/noUnusedVariables: T names the English namespace this one translates.
export type Translation<T extends Record<string, string>> = Record<string, string>;
