import type { StoreProblem } from '../../../../shared/ipc/project-info.ts';

/** The problems that make some of a document's records read-only: files of its folder that could not be read. */
export function readOnlyProblemsOf(problems: readonly StoreProblem[], documentId: string): StoreProblem[] {
  const folder = `documents/${documentId}/`;
  return problems.filter((p) => p.readOnly && p.file.startsWith(folder));
}
