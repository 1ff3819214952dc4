import { z } from 'zod';

/**
 * A string of at most `max` UTF-16 code units — the unit of every offset in
 * Glossator. zod's own `.max()` counts code points, so a text of emoji
 * could pass it at twice the length every offset check refuses.
 */
export function utf16String(max: number) {
  return z.string().superRefine((value, ctx) => {
    if (value.length > max) {
      ctx.addIssue({
        code: 'too_big',
        origin: 'string',
        maximum: max,
        inclusive: true,
        input: value,
        message: `at most ${max.toLocaleString('en')} characters (UTF-16 code units), this is ${value.length.toLocaleString('en')}`,
      });
    }
  });
}
