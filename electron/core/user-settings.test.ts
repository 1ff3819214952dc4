import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from './testing/temp-dir.ts';
import { loadCoderIdentity, saveIdentity } from './user-settings.ts';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

describe('who is annotating', () => {
  it('on first run takes the system user name, not confirmed: the app asks for the researcher’s name', async () => {
    const first = await loadCoderIdentity(dir);
    expect(first.confirmed).toBe(false);
    expect(first.coder.name.length).toBeGreaterThan(0);
    const again = await loadCoderIdentity(dir);
    expect(again).toEqual(first);
  });

  it('a name given with --coder counts as confirmed; a name saved keeps the id', async () => {
    const given = await loadCoderIdentity(dir, '  Айгерим   Нурланова ');
    expect(given).toMatchObject({ confirmed: true, coder: { name: 'Айгерим Нурланова' } });
    await saveIdentity(dir, { coder: { id: given.coder.id, name: 'Aigerim' }, confirmed: true, language: null });
    expect(await loadCoderIdentity(dir)).toEqual({
      coder: { id: given.coder.id, name: 'Aigerim' },
      confirmed: true,
      language: null,
    });
  });

  it('remembers the language chosen, and follows the system until one is', async () => {
    const first = await loadCoderIdentity(dir, 'Айгерим');
    expect(first.language).toBeNull();
    await saveIdentity(dir, { ...first, language: 'ru' });
    expect((await loadCoderIdentity(dir)).language).toBe('ru');
  });

  it('sets an unreadable settings file aside instead of overwriting it (its id may be on annotations)', async () => {
    await writeFile(join(dir, 'settings.json'), '{"schemaVersion": 1, "coder": {"id": "old-id", "na');
    const fresh = await loadCoderIdentity(dir, 'Daniel');
    expect(fresh.coder.id).not.toBe('old-id');
    const kept = (await readdir(dir)).filter((n) => n.startsWith('settings.damaged-'));
    expect(kept).toHaveLength(1);
    expect(await readFile(join(dir, kept[0] as string), 'utf8')).toContain('old-id');
  });
});
