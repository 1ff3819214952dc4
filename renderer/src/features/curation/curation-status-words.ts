import type { CurationStatus } from '../../../../shared/curation/curation-types.ts';
import type { Translate } from '../../../../shared/i18n/i18n.ts';

/**
 * A sign per status, so the Library's column reads without colour: an empty
 * circle, a half-filled one, a tick. (Signs carry no letters: no catalog.)
 */
const signs: Record<CurationStatus, string> = { 'not-started': '○', 'in-progress': '◐', done: '✓' };

export function curationStatusSign(status: CurationStatus): string {
  return signs[status];
}

export function curationStatusWord(t: Translate, status: CurationStatus): string {
  return t(`curationView:status-${status}`);
}
