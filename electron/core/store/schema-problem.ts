import type { z } from 'zod';

/** What is wrong with `value` by `schema` (its first issue and where), or null when it passes. */
export function schemaProblem(schema: z.ZodType, value: unknown): { message: string; tooBig: boolean } | null {
  const result = schema.safeParse(value);
  if (result.success) return null;
  const first = result.error.issues[0];
  const where = first?.path.length ? ` (${first.path.join('.')})` : '';
  return { message: `${first?.message ?? 'it is not valid'}${where}`, tooBig: first?.code === 'too_big' };
}
