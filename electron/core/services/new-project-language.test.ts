import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultCodebook } from '../../../shared/model/codebook.ts';
import { defaultLinkTypes } from '../../../shared/model/link.ts';
import { ProjectStore } from '../store/project-store.ts';
import { testCoder } from '../testing/open-test-store.ts';
import { tempDir } from '../testing/temp-dir.ts';
import { Identity } from './identity.ts';
import { ProjectSession } from './project-session.ts';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
});
afterEach(async () => {
  await cleanup();
});

/** Everything but the words: ids, tree, colours, shortcuts and kinds. */
const shape = <T extends { name: string; description: string }>(items: readonly T[]) =>
  items.map(({ name: _name, description: _description, ...rest }) => rest);

describe('a new project in the user’s language', () => {
  it('gets a Russian codebook and link types with the same ids, tree, colours, shortcuts and kinds as the English', async () => {
    const store = await ProjectStore.open(dir, { coder: testCoder, language: 'ru' });
    try {
      const tags = store.codebook().tags;
      const names = new Map(tags.map((t) => [t.id, t.name]));
      expect(names.get('claim')).toBe('Утверждение');
      expect(names.get('proposal')).toBe('Предложение');
      expect(names.get('actor-mention')).toBe('Упоминание актора');
      expect(shape(tags)).toEqual(shape(defaultCodebook('en').tags));
      for (const tag of tags) {
        expect(tag.name).toMatch(/[а-яё]/i);
        expect(tag.description).toMatch(/[а-яё]/i);
      }
      expect(store.linkTypes().map((t) => t.id)).toEqual(defaultLinkTypes('en').map((t) => t.id));
      expect(shape(store.linkTypes())).toEqual(shape(defaultLinkTypes('en')));
      expect(store.linkTypes().find((t) => t.id === 'responds-to')?.name).toBe('Отвечает на');
    } finally {
      await store.close();
    }
  });

  it('keeps the names an existing project has, whatever the language it is opened in', async () => {
    const first = await ProjectStore.open(dir, { coder: testCoder, language: 'en' });
    await first.close();
    const again = await ProjectStore.open(dir, { coder: testCoder, language: 'ru' });
    try {
      expect(again.codebook().tags.find((t) => t.id === 'claim')?.name).toBe('Claim');
    } finally {
      await again.close();
    }
  });

  it('words the session’s new project and sample in the chosen language, else the system’s', async () => {
    const chosen = new ProjectSession(testCoder, undefined, new Identity({ ...testCoder }, true, async () => {}, 'ru'));
    const store = await chosen.open(`${dir}/chosen`, { withSample: true });
    expect(store.info().name).toBe('Пример проекта: сотрудничество в сфере безопасности');
    expect(store.codebook().tags[0]?.name).toBe('Утверждение');
    expect(store.concepts().find((c) => c.id === 'sample-concept-information-sharing')?.name).toBe(
      'Обмен данными о террористических угрозах',
    );
    // The sample's texts and actors are its content: the same in every language.
    expect(store.actors().map((a) => a.name)).toContain('Ерлан Садыков');
    await chosen.close();

    const system = new ProjectSession(testCoder, undefined, undefined, 'ru');
    expect((await system.open(`${dir}/system`, { withSample: false })).codebook().tags[0]?.name).toBe('Утверждение');
    await system.close();

    const english = new ProjectSession(testCoder);
    const sample = await english.open(`${dir}/english`, { withSample: true });
    expect(sample.info().name).toBe('Sample project: security cooperation');
    expect(sample.codebook().tags[0]?.name).toBe('Claim');
    expect(sample.actors().find((a) => a.id === 'sample-actor-sadykov')?.notes).toBe(
      'Invented for the sample project.',
    );
    await english.close();
  });
});
