import { describe, expect, it } from 'vitest';
import { creationTime } from './creation-time.ts';

describe('creationTime', () => {
  it('never repeats or goes back within a process, even in one millisecond', () => {
    const at = Date.parse('2030-01-01T00:00:00.000Z');
    const times = [creationTime(at), creationTime(at), creationTime(at), creationTime(at - 5)];
    expect(times).toEqual([
      '2030-01-01T00:00:00.000Z',
      '2030-01-01T00:00:00.001Z',
      '2030-01-01T00:00:00.002Z',
      '2030-01-01T00:00:00.003Z',
    ]);
  });
});
