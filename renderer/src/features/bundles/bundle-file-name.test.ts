import { describe, expect, it } from 'vitest';
import { bundleFileName } from './bundle-file-name.ts';

describe('the suggested bundle name', () => {
  const day = new Date(2026, 11, 2, 23, 59);
  it('names the project, the coder and the day', () => {
    expect(bundleFileName('Сарыарка', 'Анна', day)).toBe('Сарыарка — Анна — 2026-12-02.glossator');
  });
  it('takes out what a file system refuses, and leaves out what is empty', () => {
    expect(bundleFileName('a/b\\c: "d"?', '', day)).toBe('a b c d — 2026-12-02.glossator');
  });
  it('keeps long names short enough for a file system', () => {
    expect(bundleFileName('П'.repeat(300), 'К'.repeat(300), day).length).toBeLessThan(200);
  });
});
