import { message } from '../../i18n/message.ts';
import { RefiProblem } from './read-problem.ts';

/** What `checked` needs of a zod schema. */
interface Schema<T> {
  safeParse(v: unknown): {
    success: boolean;
    data?: T;
    error?: { issues: Array<{ path: PropertyKey[]; message: string }> };
  };
}

/** A record through its schema; a record ours cannot hold refuses the file (never a half-import). */
export function checked<T>(schema: Schema<T>, value: unknown, file: string, id: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data as T;
  const issue = result.error?.issues[0];
  throw new RefiProblem(
    message('exchange:refi-badRecord', { file, id, field: issue?.path.join('.') ?? '', reason: issue?.message ?? '' }),
  );
}
