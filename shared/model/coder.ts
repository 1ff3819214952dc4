import { z } from 'zod';
import { IdSchema } from './ids.ts';
import { limits } from './limits.ts';

/** A person who annotates. Every annotation records its coder, so colleagues' layers stay apart. */
export const CoderSchema = z.strictObject({
  id: IdSchema,
  name: z.string().trim().min(1).max(limits.nameLength),
});
export type Coder = z.infer<typeof CoderSchema>;
