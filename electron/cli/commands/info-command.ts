import { ProjectStore } from '../../core/store/project-store.ts';
import { projectCounts } from '../project-counts.ts';
import { type Command, exitCodes } from './command.ts';

/** `info --project DIR [--json]`: the project's format and counts; looks without adding the coder. */
export const infoCommand: Command = async ({ args, dir, coder, t, out }) => {
  const store = await ProjectStore.open(dir, { coder, lookOnly: true });
  try {
    const counts = projectCounts(store);
    if (args.flags.has('--json')) out(JSON.stringify(counts));
    else {
      const layers = Object.entries(counts.annotations)
        .map(([id, n]) => t('cli:infoLayer', { name: counts.coders[id] ?? id, count: n }))
        .join('\n');
      out(
        t('cli:info', {
          name: store.info().name,
          folder: dir,
          format: counts.format,
          documents: t('cli:documentCount', { count: counts.documents }),
          actors: counts.actors,
          links: counts.links,
          concepts: counts.concepts,
          tags: counts.tags,
        }) + (layers ? `\n${layers}` : ''),
      );
    }
    return exitCodes.ok;
  } finally {
    await store.close();
  }
};
