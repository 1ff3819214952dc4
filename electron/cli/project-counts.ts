import type { ProjectStore } from '../core/store/project-store.ts';

/** What `info --json` prints: exactly these keys (issue 15's contract for scripts). */
export interface ProjectCounts {
  format: number;
  documents: number;
  /** Per coder id, that coder's annotations. */
  annotations: Record<string, number>;
  /** Per coder id, the display name the project keeps. */
  coders: Record<string, string>;
  actors: number;
  links: number;
  concepts: number;
  tags: number;
}

/** The project's format and its records counted, every layer by its coder. */
export function projectCounts(store: ProjectStore): ProjectCounts {
  const info = store.info();
  const annotations: Record<string, number> = {};
  for (const a of store.allAnnotations()) annotations[a.coderId] = (annotations[a.coderId] ?? 0) + 1;
  return {
    format: info.schemaVersion,
    documents: info.documentCount,
    annotations,
    coders: Object.fromEntries(info.coders.map((c) => [c.id, c.name])),
    actors: store.actors().length,
    links: store.links().length,
    concepts: store.concepts().length,
    tags: store.codebook().tags.length,
  };
}
