import type { Handlers } from '../../../../shared/ipc/contract.ts';
import type { ProjectSession } from '../project-session.ts';

/** What each coder's layer holds: for the export dialog's list of layers. */
export function layerHandlers(session: ProjectSession): Pick<Handlers, 'getLayerCounts'> {
  return {
    async getLayerCounts() {
      const counts: Record<string, { annotations: number; links: number }> = {};
      const of = (coderId: string) => {
        counts[coderId] ??= { annotations: 0, links: 0 };
        return counts[coderId];
      };
      for (const a of session.store.allAnnotations()) of(a.coderId).annotations++;
      for (const l of session.store.links()) of(l.coderId).links++;
      return counts;
    },
  };
}
