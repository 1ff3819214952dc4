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

/** An ISO 8601 timestamp such as 2026-11-23T10:15:00.000Z. */
export const TimestampSchema = z.iso.datetime({ offset: true });
