import { describe, expect, it } from 'vitest';
import { utf16String } from './utf16-string.ts';

describe('utf16String', () => {
  it('counts UTF-16 code units, as offsets do (an emoji is two)', () => {
    expect(utf16String(4).safeParse('😀😀').success).toBe(true);
    const result = utf16String(4).safeParse('😀😀😀');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.code).toBe('too_big');
  });
});
