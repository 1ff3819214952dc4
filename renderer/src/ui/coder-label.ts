import type { ProjectInfo } from '../../../shared/ipc/project-info.ts';
import type { Translate } from '../../../shared/i18n/i18n.ts';
import { english } from './english.ts';
import { isCuratedLayer } from '../../../shared/curation/curation-types.ts';

/**
 * How a coder is named in lists and filters, in the language of `t`: "Name (you)" for this
 * session's coder, the curated layer by its catalog name, the name the project knows for the others, and the id
 * only for a coder the project has no name for.
 */
export function coderLabel(
  id: string,
  project: Pick<ProjectInfo, 'coder' | 'coders'> | null | undefined,
  t: Translate = english(),
): string {
  // The curated layer belongs to the team: named in the user's language, never by its stored name.
  if (isCuratedLayer(id)) return t('curation:layerName');
  if (project && id === project.coder.id) return t('common:coderYou', { name: project.coder.name });
  return project?.coders.find((c) => c.id === id)?.name ?? id;
}
