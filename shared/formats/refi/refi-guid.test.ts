import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { refiGuid, refiGuidPattern } from './refi-guid.ts';
import { sha1 } from './sha1.ts';

describe('sha1', () => {
  it('agrees with node:crypto, across block boundaries and on non-ASCII bytes', () => {
    for (const input of ['', 'abc', 'a'.repeat(55), 'a'.repeat(56), 'a'.repeat(64), 'ж🙂'.repeat(100)]) {
      const bytes = new Uint8Array(Buffer.from(input, 'utf8'));
      expect(Buffer.from(sha1(bytes)).toString('hex')).toBe(createHash('sha1').update(bytes).digest('hex'));
    }
  });
});

describe('refiGuid', () => {
  it('is a lowercase version-5 UUID in the XSD GUIDType pattern', () => {
    const guid = refiGuid('selection', 'a-1', 'proj');
    expect(guid).toMatch(refiGuidPattern);
    expect(guid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('is stable, and differs by kind and (for project records) by project', () => {
    expect(refiGuid('source', 'doc-1', 'p1')).toBe(refiGuid('source', 'doc-1', 'p1'));
    expect(refiGuid('source', 'doc-1', 'p1')).not.toBe(refiGuid('selection', 'doc-1', 'p1'));
    expect(refiGuid('source', 'doc-1', 'p1')).not.toBe(refiGuid('source', 'doc-1', 'p2'));
    // Coders and tags keep their GUID across projects.
    expect(refiGuid('code', 'claim', 'p1')).toBe(refiGuid('code', 'claim', 'p2'));
    expect(refiGuid('user', 'anna', 'p1')).toBe(refiGuid('user', 'anna', ''));
  });

  it('does not change from one version to the next (a re-import recognises what it had)', () => {
    expect(refiGuid('code', 'claim', '')).toBe('da2086df-c788-5fd4-898e-871bb26993a1');
  });
});
