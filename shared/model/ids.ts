import { z } from 'zod';

/**
 * Ids are also used as folder and file names inside a project, so they are
 * restricted to a safe alphabet: no dots, slashes or other path syntax can
 * ever reach the file system through an id.
 */
export const IdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'must be 1–64 letters, digits, "-" or "_"');

export type Id = z.infer<typeof IdSchema>;

/**
 * An ISO 8601 timestamp such as 2026-11-23T10:15:00.000Z. A plain pattern
 * rather than zod's calendar-exact one: every stored annotation carries two,
 * and opening a large project checks a hundred thousand of them.
 */
export const TimestampSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/, 'must be an ISO 8601 time');
