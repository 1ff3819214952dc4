import { join } from 'node:path';
import type { Actor } from '../shared/model/actor.ts';
import type { Annotation } from '../shared/model/annotation.ts';
import type { Concept } from '../shared/model/concept.ts';
import { buildNetwork } from '../shared/network/build-network.ts';
import { SearchService } from '../electron/core/search/search-service.ts';
import { ProjectStore } from '../electron/core/store/project-store.ts';
import { benchActor, corpus, seeded, writeProject } from './generate-project.ts';
import { median, report } from './measure.ts';
import { newsText, vocabulary } from './news-text.ts';

const coder = { id: 'bench-coder', name: 'Bench' };

/** The link picker's search: every keystroke searches 50,000 annotations by quote, memo, tag, actor, document, date. */
export async function linkPickerBench(dir: string): Promise<void> {
  const project = join(dir, 'picker');
  writeProject(project, corpus(10_000, 2_500, 5, 9));
  const store = await ProjectStore.open(project, { coder });
  const search = new SearchService(store);
  try {
    const times: number[] = [];
    search.searchAnnotations('прогрев', {}, 50);
    for (const query of ['уг', 'угр', 'угроз', 'угрозы', 'угрозы т', 'угрозы терр', 'Документ 12', '2024']) {
      const per: number[] = [];
      for (let i = 0; i < 3; i++) {
        const t = performance.now();
        search.searchAnnotations(query, {}, 50);
        per.push(performance.now() - t);
      }
      console.log(`  query ${query}: ${median(per).toFixed(1)} ms`);
      times.push(...per);
    }
    report('link picker search over 50,000 annotations, per keystroke (median)', median(times), 'ms', 50);
  } finally {
    search.stop();
    await store.close();
  }
}

/** Building the actor–concept network of 1,000 actors and 500 concepts from their statements (the core's part). */
export function networkBuildBench(): void {
  const random = seeded(13);
  const now = new Date().toISOString();
  const actors: Actor[] = Array.from({ length: 1_000 }, (_, i) => benchActor(`actor-${i}`, `Актор ${i}`));
  const concepts: Concept[] = Array.from({ length: 500 }, (_, i) => ({
    id: `concept-${i}`,
    name: `Концепт ${i}`,
    description: '',
    created: now,
    modified: now,
  }));
  const stances = ['supports', 'opposes', 'neutral', 'unclear'] as const;
  const annotations: Annotation[] = Array.from({ length: 20_000 }, (_, i) => ({
    id: `s-${i}`,
    documentId: `doc-${i % 1_000}`,
    coderId: 'bench-coder',
    tagId: 'proposal',
    start: 0,
    end: 5,
    quote: { prefix: '', exact: 'текст', suffix: '' },
    note: '',
    speakerId: `actor-${Math.floor(random() ** 2 * 1_000)}`,
    conceptId: `concept-${Math.floor(random() ** 2 * 500)}`,
    stance: stances[Math.floor(random() * 4)],
    statementDate: `20${10 + Math.floor(random() * 14)}-0${1 + Math.floor(random() * 9)}`,
    created: now,
    modified: now,
  }));
  const times: number[] = [];
  let edges = 0;
  for (const kind of ['actor-concept', 'congruence', 'conflict', 'actor-concept'] as const) {
    const t = performance.now();
    const network = buildNetwork({
      kind,
      annotations,
      actors,
      concepts,
      links: [],
      linkTypes: [],
      documentDate: () => null,
      documentTitle: () => '',
    });
    times.push(performance.now() - t);
    if (kind === 'actor-concept') edges = network.edges.length;
  }
  report(
    `network build in the core, 1,000 actors × 500 concepts from 20,000 statements (${edges} edges), median of the kinds`,
    median(times),
    'ms',
    300,
    '(the drawing adds to it: see the network view figure)',
  );
}

/** Suggested mentions for 200 actors (two names each) over 10,000 documents of about 5 KB. */
export async function suggestionsBench(dir: string): Promise<void> {
  const random = seeded(17);
  const stems = vocabulary(random);
  // Invented names that the news vocabulary never produces, as real names are rare words of a corpus.
  const first = ['Жан', 'Сер', 'Нур', 'Бол', 'Ер', 'Асыл', 'Тал', 'Мар', 'Дау', 'Ким'];
  const last = ['жан', 'бол', 'тай', 'бек', 'нур', 'мұр', 'сай', 'құл', 'бай', 'тас'];
  const actors: Actor[] = Array.from({ length: 200 }, (_, i) => {
    const surname = `${first[i % 10]}${last[Math.floor(i / 10) % 10]}${i >= 100 ? 'ба' : ''}ев`;
    return { ...benchActor(`actor-${i}`, `${first[(i + 3) % 10]}ат ${surname}`), aliases: [surname] };
  });
  const project = join(dir, 'suggest');
  writeProject(
    project,
    (function* () {
      for (let i = 0; i < 10_000; i++) {
        // Each document names two actors: one by alias in the genitive, one by full name.
        const a = actors[i % 200] as Actor;
        const b = actors[(i * 7) % 200] as Actor;
        const text = `${newsText(2_500, stems, random)} По словам ${a.aliases[0]}а, ${b.name} заявил. ${newsText(2_500, stems, random)}`;
        yield { id: `doc-${i}`, title: `Новость ${i}`, text, annotations: [] };
      }
    })(),
    actors,
  );
  const store = await ProjectStore.open(project, { coder });
  const search = new SearchService(store);
  try {
    await search.build();
    const t = performance.now();
    const result = await search.suggestMentions(actors, new Set(), 2_000, 0);
    const elapsed = performance.now() - t;
    report(
      `suggested mentions, 200 actors over 10,000 documents (${result.total} found; index already built)`,
      elapsed / 1000,
      's',
      5,
    );
  } finally {
    search.stop();
    await store.close();
  }
}
