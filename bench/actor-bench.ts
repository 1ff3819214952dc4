import { showRoute, withAppPage } from './app-page.ts';
import { median, report } from './measure.ts';
import { measureOf } from './reader-bench.ts';

/**
 * Opening the actor view for an actor with 2,000 mentions across 1,000
 * documents: from the route change to the frame that shows the mentions.
 */
export async function actorViewBench(projectDir: string, configDir: string, actorIds: [string, string]): Promise<void> {
  await withAppPage(projectDir, configDir, async (page) => {
    const times: number[] = [];
    for (let i = 0; i < 8; i++) {
      // Alternate between two actors so each open loads and draws anew.
      await showRoute(page, `#/actors/${actorIds[i % 2]}`);
      const m = await measureOf(page, 'glossator:actor-view-frame');
      if (i > 0) times.push(m.frame);
    }
    report(
      'actor view, 2,000 mentions across 1,000 documents, to the frame that shows them (median)',
      median(times),
      'ms',
      200,
    );
  });
}
