import { agreementKey } from '../curation/curated-version.ts';
import { currentDecisions, decisionsConflict } from '../curation/current-decisions.ts';
import {
  CURATED_CODER_ID,
  type CurationDecision,
  type CurationStatusRecord,
  type QuickReason,
} from '../curation/curation-types.ts';
import { alsoReplacing } from '../curation/replaced-link-takes.ts';
import type { BundleCuration } from '../formats/bundle/bundle-curation.ts';
import type { Annotation } from '../model/annotation.ts';
import type { Link } from '../model/link.ts';

/** The project's own curation, as the import finds it. */
export interface OurCuration {
  decisions: readonly CurationDecision[];
  statuses: readonly CurationStatusRecord[];
  quickReasons: readonly QuickReason[];
  /** Our links (the curated ones are looked at: a link taken out with an end ends the take that made it). */
  links?: readonly Link[];
}

const linkKey = (l: Link) => `${l.fromId} ${l.toId} ${l.typeId}`;

/**
 * Bringing another copy's curation into this project, beside ours, never
 * over it:
 * - their decisions are added as recorded (their curator kept), those already here by id are the same
 *   decisions (decisions are never changed) and change nothing;
 * - a decision of theirs that `replaces` one of ours continues the same story (they saw our decision and
 *   decided again): ours is replaced, and its curated result taken out, as deciding again does here;
 * - a decision of theirs on a unit we decided otherwise (decisionsConflict) is added too, and both stand:
 *   the unit shows as a conflict until someone decides it again;
 * - our curated links with an end so taken out go too, and the `link-take` decisions of ours that made them are
 *   replaced by the decision of theirs that took the end out (named in its `replaces` as recorded here), as
 *   deciding a unit again does here (see shared/curation/replaced-link-takes.ts): the link is open again;
 * - their curated layer only adds: an annotation already here (by id) is ours, one identical to ours (same
 *   outcome) is not added twice — their decisions' results are put onto ours — and the result of a decision
 *   replaced on either side does not come back;
 * - statuses: ours are kept; quick reasons: added by label when new.
 */
export class CurationImport {
  /** Their decisions not here yet (their ids: documents and coders are mapped by `decisions`). */
  readonly incoming: CurationDecision[];
  /** Their decisions here already. */
  readonly same: number;
  /** Our standing decisions one of theirs replaces. */
  readonly replacesYours: number;
  /** Our curated annotations and links whose decisions theirs replace: taken out. */
  readonly removed: ReadonlySet<string>;
  /** Their curated annotations and links left out as identical to ours, their decisions' results put onto ours. */
  sameAsYours = 0;

  private readonly standing: Set<string>;
  /** Their decision id → our link-take decisions it ends as recorded here (their take's link lost an end). */
  private readonly endsTakes = new Map<string, CurationDecision[]>();
  private readonly named = new Set<string>();
  private readonly standingNamed = new Set<string>();
  private readonly ours: readonly CurationDecision[];
  /** Their curated record id → the identical one of ours it became. */
  private readonly results = new Map<string, string>();
  /** The curated annotations there will be in the documents the bundle covers: what outcomes are read from. */
  private readonly curated = new Map<string, Annotation>();
  /** Their document id → ours. */
  private readonly documents = new Map<string, string>();

  constructor(theirs: BundleCuration, ours: OurCuration) {
    this.ours = ours.decisions;
    const here = new Set(ours.decisions.map((d) => d.id));
    this.incoming = theirs.decisions.filter((d) => !here.has(d.id));
    this.same = theirs.decisions.length - this.incoming.length;
    const all = [...ours.decisions, ...this.incoming];
    this.standing = new Set(currentDecisions(all).map((d) => d.id));
    for (const d of all) {
      if (!d.resultId) continue;
      this.named.add(d.resultId);
      if (this.standing.has(d.id)) this.standingNamed.add(d.resultId);
    }
    const replaced = currentDecisions(ours.decisions).filter((d) => !this.standing.has(d.id));
    const removed = new Set(
      replaced.flatMap((d) => (d.resultId && !this.standingNamed.has(d.resultId) ? [d.resultId] : [])),
    );
    const ended = this.endTakes(replaced, removed, ours.links ?? []);
    for (const d of ended) {
      this.standing.delete(d.id);
      if (d.resultId) removed.add(d.resultId);
    }
    this.replacesYours = replaced.length + ended.length;
    this.removed = removed;
  }

  /**
   * Our standing link-takes whose curated link loses an end to `removed`:
   * each is noted against their decision that replaced the end's decision.
   */
  private endTakes(
    replaced: readonly CurationDecision[],
    removed: ReadonlySet<string>,
    links: readonly Link[],
  ): CurationDecision[] {
    const replacerOf = new Map<string, string>();
    for (const d of this.incoming) for (const id of d.replaces ?? []) replacerOf.set(id, d.id);
    const endReplacer = new Map<string, string>();
    for (const d of replaced) {
      const by = replacerOf.get(d.id);
      if (d.resultId && removed.has(d.resultId) && by) endReplacer.set(d.resultId, by);
    }
    const replacerOfLink = new Map<string, string>();
    for (const l of links) {
      if (l.coderId !== CURATED_CODER_ID) continue;
      const by = endReplacer.get(l.fromId) ?? endReplacer.get(l.toId);
      if (by) replacerOfLink.set(l.id, by);
    }
    const ended: CurationDecision[] = [];
    for (const d of currentDecisions(this.ours)) {
      const by = d.kind === 'link-take' && d.resultId ? replacerOfLink.get(d.resultId) : undefined;
      if (!by || !this.standing.has(d.id)) continue;
      ended.push(d);
      this.endsTakes.set(by, [...(this.endsTakes.get(by) ?? []), d]);
    }
    return ended;
  }

  /** Where one of their documents is here (every document of the bundle is told, before its curated layer). */
  noteDocument(theirDocumentId: string, ourDocumentId: string): void {
    this.documents.set(theirDocumentId, ourDocumentId);
  }

  /** Our document that one of theirs is. */
  documentOf(theirDocumentId: string): string {
    return this.documents.get(theirDocumentId) ?? theirDocumentId;
  }

  /** Whether a curated record of theirs comes in: a decision standing after the import made it, or none names it. */
  private wanted(id: string): boolean {
    return this.standingNamed.has(id) || !this.named.has(id);
  }

  /**
   * Their curated layer of one document (already on our ids and text)
   * against ours there: the annotations to add.
   */
  placeAnnotations(theirs: readonly Annotation[], ours: readonly Annotation[]): Annotation[] {
    const here = new Set(ours.map((a) => a.id));
    const byOutcome = new Map<string, string>();
    for (const a of ours) {
      if (this.removed.has(a.id)) continue;
      this.curated.set(a.id, a);
      if (!byOutcome.has(agreementKey(a, a.tagId))) byOutcome.set(agreementKey(a, a.tagId), a.id);
    }
    const added: Annotation[] = [];
    for (const a of theirs) {
      if (here.has(a.id) || !this.wanted(a.id)) continue;
      const twin = byOutcome.get(agreementKey(a, a.tagId));
      if (twin) {
        this.results.set(a.id, twin);
        this.sameAsYours++;
        continue;
      }
      added.push(a);
      this.curated.set(a.id, a);
    }
    return added;
  }

  /** One of their curated links with its ends on the curated annotations they became here; null when it stays out. */
  placeLink(l: Link): Link | null {
    if (!this.wanted(l.id)) return null;
    return { ...l, fromId: this.results.get(l.fromId) ?? l.fromId, toId: this.results.get(l.toId) ?? l.toId };
  }

  /** Their placed curated links against ours: those to add (one identical to ours — same ends and type — is ours). */
  addLinks(theirs: readonly Link[], ours: readonly Link[]): Link[] {
    const here = new Set(ours.map((l) => l.id));
    const byKey = new Map<string, string>();
    for (const l of ours) if (!this.removed.has(l.id) && !byKey.has(linkKey(l))) byKey.set(linkKey(l), l.id);
    const added: Link[] = [];
    for (const l of theirs) {
      if (here.has(l.id)) continue;
      const twin = byKey.get(linkKey(l));
      if (twin) {
        this.results.set(l.id, twin);
        this.sameAsYours++;
      } else added.push(l);
    }
    return added;
  }

  /** Our curated links that go: results of our replaced link decisions, and those with an end taken out. */
  removedLinks(ours: readonly Link[]): Link[] {
    return ours.filter((l) => this.removed.has(l.id) || this.removed.has(l.fromId) || this.removed.has(l.toId));
  }

  /**
   * Their new decisions as recorded here: in our documents, their coders'
   * ids mapped as their layers are (`coderOf`), results onto ours where
   * theirs were identical. The curator and the reason are theirs, untouched.
   */
  decisions(coderOf: (theirCoderId: string) => string): CurationDecision[] {
    const source = (s: { coderId: string; id: string }) => ({ coderId: coderOf(s.coderId), id: s.id });
    return this.incoming.map((d) => {
      const out: CurationDecision = {
        ...d,
        documentId: this.documentOf(d.documentId),
        sources: d.sources.map(source),
        considered: d.considered.map(source),
      };
      if (d.takenFrom) out.takenFrom = coderOf(d.takenFrom);
      if (d.fieldsFrom) {
        out.fieldsFrom = Object.fromEntries(
          Object.entries(d.fieldsFrom).map(([field, coderId]) => [field, coderOf(coderId as string)]),
        ) as CurationDecision['fieldsFrom'];
      }
      if (d.resultId) out.resultId = this.results.get(d.resultId) ?? d.resultId;
      const ends = this.endsTakes.get(d.id);
      return ends ? alsoReplacing(out, ends) : out;
    });
  }

  /** How many of their decisions (as recorded here) stand beside a different standing decision of ours on the unit. */
  conflicts(mapped: readonly CurationDecision[]): number {
    const oursOf = new Map<string, CurationDecision[]>();
    for (const d of this.ours) {
      if (!this.standing.has(d.id)) continue;
      const list = oursOf.get(d.documentId);
      if (list) list.push(d);
      else oursOf.set(d.documentId, [d]);
    }
    return mapped.filter(
      (d) =>
        this.standing.has(d.id) && (oursOf.get(d.documentId) ?? []).some((o) => decisionsConflict(o, d, this.curated)),
    ).length;
  }
}

export interface StatusImport {
  entries: Array<{ id: string; after: CurationStatusRecord }>;
  added: number;
  same: number;
  /** Statuses of ours kept where theirs differ ("done" here, "in progress" there). */
  keptYours: number;
}

/** Their documents' statuses, onto our documents (`documentOf`): added where we have none; ours kept. */
export function importStatuses(
  theirs: readonly CurationStatusRecord[],
  ours: readonly CurationStatusRecord[],
  documentOf: (theirDocumentId: string) => string,
): StatusImport {
  const here = new Map(ours.map((s) => [s.id, s]));
  const out: StatusImport = { entries: [], added: 0, same: 0, keptYours: 0 };
  for (const s of theirs) {
    const id = documentOf(s.id);
    const mine = here.get(id);
    if (!mine) {
      out.entries.push({ id, after: { ...s, id } });
      out.added++;
    } else if (mine.status === s.status) out.same++;
    else out.keptYours++;
  }
  return out;
}

export interface QuickReasonImport {
  entries: Array<{ id: string; after: QuickReason }>;
  added: number;
  same: number;
}

/** Their quick reasons whose label (trimmed, in any case) we have none of, under their id when it is free here. */
export function importQuickReasons(
  theirs: readonly QuickReason[],
  ours: readonly QuickReason[],
  freshId: () => string,
): QuickReasonImport {
  const label = (r: QuickReason) => r.label.trim().toLowerCase();
  const labels = new Set(ours.map(label));
  const ids = new Set(ours.map((r) => r.id));
  const out: QuickReasonImport = { entries: [], added: 0, same: 0 };
  for (const r of theirs) {
    if (labels.has(label(r))) {
      out.same++;
      continue;
    }
    const id = ids.has(r.id) ? freshId() : r.id;
    labels.add(label(r));
    ids.add(id);
    out.entries.push({ id, after: { ...r, id } });
    out.added++;
  }
  return out;
}
