import { describe, expect, it } from 'vitest';
import type { Actor } from '../model/actor.ts';
import { readSeed, seedPrefixes, seedsMissing } from '../testing/read-seed.ts';
import { findNameMentions } from './find-name-mentions.ts';

const actor = (id: string, name: string, aliases: string[] = []): Actor => ({
  id,
  name,
  type: 'person',
  aliases,
  affiliations: [],
  notes: '',
  created: '2026-01-01T00:00:00.000Z',
  modified: '2026-01-01T00:00:00.000Z',
});

const tokayev = actor('tokayev', 'Касым-Жомарт Токаев', ['Токаев', 'глава государства']);
const seisembayev = actor('seisembayev', 'Руслан Сейсембаев', ['Сейсембаев']);

describe('findNameMentions', () => {
  it('finds names and aliases in any case, the longest name first, and skips what is tagged', () => {
    const text =
      'Касым-Жомарт Токаев открыл саммит. Токаеву доложил Сейсембаев; главе государства представили доклад Сейсембаева.';
    const found = findNameMentions(text, [tokayev, seisembayev]);
    expect(found.map((m) => [m.actorId, text.slice(m.start, m.end)])).toEqual([
      ['tokayev', 'Касым-Жомарт Токаев'],
      ['tokayev', 'Токаеву'],
      ['seisembayev', 'Сейсембаев'],
      ['tokayev', 'главе государства'],
      ['seisembayev', 'Сейсембаева'],
    ]);
    const at = text.indexOf('Токаеву');
    const untagged = findNameMentions(text, [tokayev, seisembayev], [{ start: at, end: at + 7 }]);
    expect(untagged.map((m) => text.slice(m.start, m.end))).not.toContain('Токаеву');
  });

  it.skipIf(seedsMissing !== null)('finds inflected forms of Токаев in several seed articles', () => {
    const withTokayev = seedPrefixes().filter((p) =>
      findNameMentions(readSeed(p), [tokayev]).some((m) => /Токаев/.test(readSeed(p).slice(m.start, m.end))),
    );
    expect(withTokayev.length).toBeGreaterThanOrEqual(3);
    const forms = new Set(
      seedPrefixes().flatMap((p) =>
        findNameMentions(readSeed(p), [tokayev]).map((m) => readSeed(p).slice(m.start, m.end)),
      ),
    );
    expect(forms).toContain('Токаева');
  });
});
