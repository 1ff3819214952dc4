import type { Actor } from '../model/actor.ts';
import type { Annotation } from '../model/annotation.ts';
import type { Concept } from '../model/concept.ts';
import type { Link, LinkType } from '../model/link.ts';
import { statementDate } from '../library/statement-date.ts';
import { shortQuote } from '../text/short-quote.ts';
import { actorConceptEdges, actorOneModeEdges, type StatementFact } from './discourse-network.ts';
import type { NetworkData, NetworkNode } from './network-data.ts';

export interface NetworkInput {
  kind: NetworkData['kind'];
  annotations: Iterable<Annotation>;
  actors: readonly Actor[];
  concepts: readonly Concept[];
  links: readonly Link[];
  linkTypes: readonly LinkType[];
  /** A document's date as its metadata holds it (free text); see statementDate. */
  documentDate: (documentId: string) => string | null;
  documentTitle: (documentId: string) => string;
  /** Filters; tagIds already holds a tag and its sub-tags. */
  from?: string;
  to?: string;
  tagIds?: ReadonlySet<string> | null;
  linkTypeId?: string;
  coderId?: string;
}

function dateOf(a: Annotation, input: NetworkInput): string | null {
  return statementDate(a, input.documentDate(a.documentId));
}

function passes(a: Annotation, input: NetworkInput): boolean {
  if (input.tagIds && !input.tagIds.has(a.tagId)) return false;
  if (input.coderId && a.coderId !== input.coderId) return false;
  if (input.from || input.to) {
    const date = dateOf(a, input);
    if (!date) return false;
    // Compare on the shorter precision: 2024 is within 2024-01-01…2024-12-31.
    if (input.from && date.slice(0, input.from.length) < input.from.slice(0, date.length)) return false;
    if (input.to && date.slice(0, input.to.length) > input.to.slice(0, date.length)) return false;
  }
  return true;
}

/**
 * A discourse network from the project's records: the actor–concept and
 * actor congruence/conflict networks from statements that have a speaker,
 * a concept and a stance; the link graph from links between annotations
 * (both ends must pass the filters). Only nodes with an edge are included.
 */
export function buildNetwork(input: NetworkInput): NetworkData {
  const actorName = new Map(input.actors.map((a) => [a.id, a.name]));
  const conceptName = new Map(input.concepts.map((c) => [c.id, c.name]));
  if (input.kind === 'links') return linkGraph(input);
  const facts: StatementFact[] = [];
  for (const a of input.annotations) {
    if (!a.speakerId || !a.conceptId || !a.stance || a.orphaned) continue;
    if (!actorName.has(a.speakerId) || !conceptName.has(a.conceptId) || !passes(a, input)) continue;
    facts.push({ actorId: a.speakerId, conceptId: a.conceptId, stance: a.stance, date: dateOf(a, input) });
  }
  const edges = input.kind === 'actor-concept' ? actorConceptEdges(facts) : actorOneModeEdges(facts, input.kind);
  const nodes = new Map<string, NetworkNode>();
  for (const e of edges) {
    for (const id of [e.source, e.target]) {
      if (nodes.has(id)) continue;
      const isActor = actorName.has(id);
      nodes.set(id, {
        id,
        label: (isActor ? actorName.get(id) : conceptName.get(id)) ?? id,
        type: isActor ? 'actor' : 'concept',
      });
    }
  }
  return { kind: input.kind, nodes: [...nodes.values()], edges };
}

function linkGraph(input: NetworkInput): NetworkData {
  const byId = new Map<string, Annotation>();
  for (const a of input.annotations) byId.set(a.id, a);
  const typeName = new Map(input.linkTypes.map((t) => [t.id, t.name]));
  const nodes = new Map<string, NetworkNode>();
  const edges: NetworkData['edges'] = [];
  for (const link of input.links) {
    if (input.linkTypeId && link.typeId !== input.linkTypeId) continue;
    if (input.coderId && link.coderId !== input.coderId) continue;
    const from = byId.get(link.fromId);
    const to = byId.get(link.toId);
    // A broken link has no statement to draw at one end.
    if (
      !from ||
      !to ||
      !passes(from, { ...input, coderId: undefined }) ||
      !passes(to, { ...input, coderId: undefined })
    )
      continue;
    for (const a of [from, to]) {
      if (!nodes.has(a.id)) {
        nodes.set(a.id, {
          id: a.id,
          label: shortQuote(a.quote.exact, 80),
          type: 'statement',
          detail: [input.documentTitle(a.documentId), dateOf(a, input)].filter(Boolean).join(' · '),
          documentId: a.documentId,
        });
      }
    }
    const date = [dateOf(from, input), dateOf(to, input)].filter((d): d is string => !!d).sort();
    edges.push({
      source: from.id,
      target: to.id,
      weight: 1,
      linkType: typeName.get(link.typeId) ?? link.typeId,
      firstDate: date[0] ?? null,
      lastDate: date.at(-1) ?? null,
    });
  }
  return { kind: 'links', nodes: [...nodes.values()], edges };
}
