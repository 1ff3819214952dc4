import { useT } from '../../i18n/i18n.ts';
import { useAppStore } from '../../store/app-store.ts';
import { ResultLayerNotice } from '../../ui/ResultLayerNotice.tsx';
import { ConceptDetail } from './ConceptDetail.tsx';
import { ConceptList } from './ConceptList.tsx';
import '../actors/actors.css';
import './concepts.css';

/**
 * Concepts (#/concepts, #/concepts/<id>): the policy ideas statements are
 * grouped under, with how many each has, on the left; the selected one's
 * name, description and timeline on the right. The route loads them.
 */
export function ConceptsView() {
  const route = useAppStore((s) => s.route);
  const { t } = useT();
  const conceptId = route.view === 'concepts' ? route.conceptId : undefined;
  const summary = useAppStore((s) => (conceptId ? s.concepts.find((c) => c.concept.id === conceptId) : undefined));
  const loaded = useAppStore((s) => s.conceptTimeline);
  const timeline = loaded && loaded.concept.id === conceptId ? loaded : null;
  // The list is the live copy (edits land there first); the timeline's covers a list not yet loaded.
  const concept = summary?.concept ?? timeline?.concept;
  // Counts and the timeline are the result layer's: asked again when it changes.
  const reload = () => {
    const state = useAppStore.getState();
    void state.loadConcepts();
    if (conceptId) void state.loadConceptTimeline(conceptId);
  };

  return (
    <div className="concepts-view">
      <aside className="concepts-sidebar" aria-label={t('concepts:title')}>
        <ConceptList selectedId={conceptId} />
      </aside>
      <div className="concept-pane">
        <ResultLayerNotice onLayerChange={reload} />
        {!conceptId ? (
          <p className="empty-hint">{t('concepts:chooseHint')}</p>
        ) : !concept ? (
          <p className="empty-hint">{t('concepts:missing')}</p>
        ) : (
          <ConceptDetail key={concept.id} concept={concept} timeline={timeline} />
        )}
      </div>
    </div>
  );
}
