import type { MentionSuggestion } from '../../../../shared/ipc/results.ts';
import { useT } from '../../i18n/i18n.ts';
import { QuoteInContext } from './QuoteInContext.tsx';

interface Props {
  suggestion: MentionSuggestion;
  /** The actor's name, when the list holds several actors' suggestions. */
  actorName?: string;
  onOpen: (s: MentionSuggestion) => void;
  onAccept: (s: MentionSuggestion) => void;
  onReject: (s: MentionSuggestion) => void;
}

/**
 * One suggested mention as a concordance line — document, the words around
 * it, the name in bold — with Accept and Reject. The line itself opens the
 * document at the place, to check a doubtful one in its paragraph.
 */
export function SuggestionRow({ suggestion: s, actorName, onOpen, onAccept, onReject }: Props) {
  const { t } = useT();
  const where = { text: s.exact, document: s.documentTitle };
  return (
    <div className="suggestion-row">
      <button type="button" className="suggestion-context" title={t('actors:openHere')} onClick={() => onOpen(s)}>
        <span className="context-doc">{s.documentTitle}</span>
        {actorName !== undefined && <span className="context-detail">{actorName}</span>}
        <QuoteInContext quote={{ prefix: s.left, exact: s.exact, suffix: s.right }} />
      </button>
      <button
        type="button"
        className="quiet small accept"
        aria-label={t('actors:acceptLabel', where)}
        onClick={() => onAccept(s)}
      >
        {t('actors:accept')}
      </button>
      <button
        type="button"
        className="quiet small"
        aria-label={t('actors:rejectLabel', where)}
        onClick={() => onReject(s)}
      >
        {t('actors:reject')}
      </button>
    </div>
  );
}
