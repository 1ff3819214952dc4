import type { Annotation } from '../../../../shared/model/annotation.ts';
import { shortQuote } from '../../../../shared/text/short-quote.ts';
import { useT } from '../../i18n/i18n.ts';
import { useAppStore } from '../../store/app-store.ts';
import { linkEndsOf } from './link-ends.ts';
import { shownLayerIds } from '../../store/reader-slice.ts';
import { coderColor } from '../../ui/coder-color.ts';
import { coderLabel } from '../../ui/coder-label.ts';

export interface HoverInfo {
  x: number;
  y: number;
  /** Every annotation under the pointer, innermost first. */
  annotations: Annotation[];
}

/**
 * The card listing each annotation at the hovered position: tag, quote,
 * actor or speaker, and its links; with colleagues' layers shown, whose
 * layer each is (a colleague's marked read-only).
 */
export function HoverCard({ info }: { info: HoverInfo }) {
  const tags = useAppStore((s) => s.codebook.tags);
  const actors = useAppStore((s) => s.actors);
  const links = useAppStore((s) => s.documentLinks);
  const linkTypes = useAppStore((s) => s.linkTypes);
  const project = useAppStore((s) => s.project);
  const othersShown = useAppStore((s) => shownLayerIds(s).length > 0);
  const { t } = useT();
  const nameOf = (id: string | undefined) => (id ? actors.find((a) => a.id === id)?.name : undefined);
  return (
    <div className="hover-card" role="tooltip" style={{ left: info.x + 12, top: info.y + 16 }}>
      {info.annotations.length > 1 && (
        <p className="hover-hint">{t('reader:hereCount', { count: info.annotations.length })}</p>
      )}
      <ul>
        {info.annotations.map((a) => {
          const tag = tags.find((candidate) => candidate.id === a.tagId);
          const actor = nameOf(a.actorId);
          const speaker = nameOf(a.speakerId);
          const ends = linkEndsOf(links, a.id);
          return (
            <li key={a.id}>
              <span className="tag-chip" style={{ backgroundColor: tag?.color ?? '#888' }} />
              <strong>{tag?.name ?? t('reader:unknownTag')}</strong>
              {actor && <span className="hover-detail"> · {actor}</span>}
              {speaker && <span className="hover-detail"> · {t('reader:saidBy', { name: speaker })}</span>}
              {project && (othersShown || a.coderId !== project.coder.id) && (
                <span className="hover-coder" data-testid="hover-coder">
                  <span
                    className="coder-swatch"
                    style={{ backgroundColor: coderColor(project.coders, a.coderId) }}
                    aria-hidden="true"
                  />
                  {a.coderId === project.coder.id
                    ? coderLabel(a.coderId, project, t)
                    : t('reader:readOnlyLayer', { coder: coderLabel(a.coderId, project, t) })}
                </span>
              )}
              <span className="hover-quote">
                {a.quote.exact.length > 80 ? `${a.quote.exact.slice(0, 79)}…` : a.quote.exact}
              </span>
              {ends.length > 0 && (
                <ul className="hover-links" aria-label={t('reader:links')}>
                  {ends.map(({ row, outgoing, other }) => (
                    <li key={row.link.id}>
                      {outgoing ? '→ ' : '← '}
                      <span className="hover-link-type">
                        {linkTypes.find((type) => type.id === row.link.typeId)?.name ?? t('reader:unknownType')}
                      </span>{' '}
                      {other ? (
                        <q>{shortQuote(other.annotation.quote.exact, 60)}</q>
                      ) : (
                        <span className="link-broken">{t('reader:broken')}</span>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
