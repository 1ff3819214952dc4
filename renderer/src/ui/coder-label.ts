import type { ProjectInfo } from '../../../shared/ipc/project-info.ts';

/**
 * How a coder is named in lists and filters: "Name (you)" for this
 * session's coder, the name the project knows for the others, and the id
 * only for a coder the project has no name for.
 */
export function coderLabel(id: string, project: Pick<ProjectInfo, 'coder' | 'coders'> | null | undefined): string {
  if (project && id === project.coder.id) return `${project.coder.name} (you)`;
  return project?.coders.find((c) => c.id === id)?.name ?? id;
}
