import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { applyBundle, defaultDecisions, previewBundle } from '../bundles/bundle-import.ts';
import { tempDir } from '../testing/temp-dir.ts';
import { sessionDriver } from '../testing/test-session.ts';
import { writeBrat } from './brat-export.ts';
import { readBrat } from './brat-import.ts';
import { anna, boris, bratInput } from './testing/brat-test-project.ts';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

describe('a brat collection through the bundle import', () => {
  it('imports as layers of their own, and a second import of the same files finds nothing new', async () => {
    const { dir, cleanup } = await tempDir();
    cleanups.push(cleanup);
    const file = join(dir, 'brat.zip');
    await writeBrat(bratInput(), file);
    const me = await sessionDriver(join(dir, 'project'));
    cleanups.push(() => me.session.close());

    const preview = await previewBundle(me.session, await readBrat(file, 'brat.zip'));
    expect(preview).toMatchObject({ format: 'brat', rejected: [] });
    const { summary } = await applyBundle(me.session, preview.previewId, defaultDecisions);
    expect(summary).toMatchObject({ documents: 2, annotations: 8, links: 2, coders: 2 });
    const store = me.session.store;
    expect(store.info().coders).toEqual(expect.arrayContaining([anna, boris]));
    const quotes = store.listDocumentInfos().flatMap((d) => store.annotations(d.id).map((a) => a.quote.exact));
    expect(quotes).toContain('пакт 🌍');

    const again = await previewBundle(me.session, await readBrat(file, 'brat.zip'));
    expect(again.nothingNew).toBe(true);
  });
});
