import type { Translate } from '../../../../../shared/i18n/i18n.ts';
import type { PendingAction } from './curate-store.ts';

/** The waiting action in words ("To decide: take the version — Anna"), lower case after the colon. */
export function pendingWords(
  pending: PendingAction,
  name: (coderId: string) => string,
  linkType: (linkId: string) => string,
  tr: Translate,
): string {
  if (pending.kind === 'link')
    return tr(`compareCurate:linkAction-${pending.action}`, { type: linkType(pending.linkId) });
  const a = pending.action;
  switch (a.kind) {
    case 'take':
      return tr('compareCurate:pending-take', { coder: name(a.coderId) });
    case 'take-edited':
      return tr('compareCurate:pending-take-edited', { coder: name(a.coderId) });
    case 'new':
      return tr('compareCurate:pending-new');
    case 'reject-all':
      return tr('compareCurate:pending-reject-all');
  }
}
