import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { showRoute, withAppPage } from './app-page.ts';
import { annotateSpan } from '../shared/anchoring/annotate-span.ts';
import { SCHEMA_VERSION } from '../shared/model/project.ts';
import { benchActor, cyrillicText, seeded, writeProject } from './generate-project.ts';
import { median, report } from './measure.ts';
import { measureOf } from './reader-bench.ts';

/**
 * The network view on an actor–concept network of 1,000 actors and 500
 * concepts (5,000 statements in 1,000 documents, about 4,500 edges: five
 * statements per actor, as coded corpora have): from asking the core to
 * the first frame that shows the drawing.
 */
const STATEMENTS_PER_DOCUMENT = 5;

export async function networkViewBench(dir: string, configDir: string): Promise<void> {
  const project = join(dir, 'network');
  writeNetworkProject(project);
  await withAppPage(project, configDir, async (page) => {
    const times: number[] = [];
    let settled = 0;
    for (let i = 0; i < 4; i++) {
      const started = Date.now();
      await showRoute(page, '#/network');
      const m = await measureOf(page, 'glossator:network-frame');
      if (i > 0) times.push(m.frame);
      // The force layout then settles in the background, a slice per frame (reported, no budget).
      if (i === 1) {
        await page.getByText('Arranging…').waitFor({ state: 'hidden', timeout: 120_000 });
        settled = Date.now() - started;
      }
      await showRoute(page, '#/');
    }
    report('network view, same network: force layout settled (view usable throughout)', settled, 'ms');
    report(
      'network view, 1,000 actors × 500 concepts (~4,500 edges): core build + first drawn frame (median)',
      median(times),
      'ms',
      1_000,
    );
  });
}

export interface NetworkProjectSize {
  actors: number;
  concepts: number;
  /** Five statements each, spoken by the actors in turn. */
  documents: number;
}

/** A project of statements by actors on concepts, with stances; by default the benchmark's 1,000 × 500. */
export function writeNetworkProject(
  project: string,
  size: NetworkProjectSize = { actors: 1_000, concepts: 500, documents: 1_000 },
): void {
  const random = seeded(23);
  const now = new Date().toISOString();
  const actors = Array.from({ length: size.actors }, (_, i) => benchActor(`actor-${i}`, `Актор ${i}`));
  const stances = ['supports', 'opposes', 'neutral', 'unclear'] as const;
  writeProject(
    project,
    (function* () {
      for (let d = 0; d < size.documents; d++) {
        const id = `doc-${d}`;
        const text = cyrillicText(2_000, 4, random);
        const annotations = Array.from({ length: STATEMENTS_PER_DOCUMENT }, (_, i) => ({
          ...annotateSpan(
            text,
            {
              id: `s-${d}-${i}`,
              documentId: id,
              coderId: 'bench-coder',
              tagId: 'proposal',
              start: i * 20,
              end: i * 20 + 10,
            },
            now,
          ),
          speakerId: `actor-${(d * STATEMENTS_PER_DOCUMENT + i) % size.actors}`,
          conceptId: `concept-${Math.floor(random() ** 1.5 * size.concepts)}`,
          stance: stances[Math.floor(random() * 4)],
        }));
        yield { id, title: `Документ ${d}`, text, annotations };
      }
    })(),
    actors,
  );
  const concepts = Array.from({ length: size.concepts }, (_, i) => ({
    id: `concept-${i}`,
    name: `Концепт ${i}`,
    description: '',
    created: now,
    modified: now,
  }));
  writeFileSync(join(project, 'concepts.json'), JSON.stringify({ schemaVersion: SCHEMA_VERSION, concepts }));
}
