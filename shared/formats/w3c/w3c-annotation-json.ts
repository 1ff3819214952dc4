import type { Annotation } from '../../model/annotation.ts';
import type { Link } from '../../model/link.ts';
import type { CodePointIndex } from '../../text/code-point-index.ts';
import { iri } from './w3c-iris.ts';
import { type BodyRole, ROLE_PROPERTY } from './w3c-records.ts';

/** A JSON-LD node as written: plain JSON, the terms of the official context (and `schema:` ones). */
export type JsonNode = { [key: string]: unknown };

/** Names of the records an annotation refers to, so the bodies read well in any tool. */
export interface NameLookup {
  tag(id: string): string;
  coder(id: string): string;
  actor(id: string): string;
  concept(id: string): string;
  linkType(id: string): string;
}

function textBody(purpose: string, value: string, role?: BodyRole, about?: string): JsonNode {
  const body: JsonNode = { type: 'TextualBody', purpose, value, format: 'text/plain' };
  if (role) body[ROLE_PROPERTY] = role;
  // An object, not a string: a plain string would be a literal in RDF, not a reference to the record.
  if (about) body['schema:about'] = { id: about };
  return body;
}

function creator(coderId: string, names: NameLookup): JsonNode {
  return { id: iri('coder', coderId), type: 'Person', name: names.coder(coderId) };
}

/**
 * One annotation of ours as a W3C Annotation: the tag as a tagging body
 * (its name as the value, its IRI as `schema:about`: the WG's tests
 * take a TextualBody with an `id` for an External Web Resource, which may have no purpose), the memo as a
 * describing body, each statement field as a body with its role
 * (`schema:roleName`) and, for an actor or a concept, the record it names
 * (`schema:about`); the span as a TextQuoteSelector (our stored quote) and a
 * TextPositionSelector counted in code points. Orphaned annotations have no
 * span and are never given here.
 */
export function annotationJson(a: Annotation, points: CodePointIndex, names: NameLookup): JsonNode {
  const body: JsonNode[] = [
    {
      type: 'TextualBody',
      purpose: 'tagging',
      value: names.tag(a.tagId),
      format: 'text/plain',
      'schema:about': { id: iri('tag', a.tagId) },
    },
  ];
  if (a.note) body.push(textBody('describing', a.note));
  if (a.actorId) body.push(textBody('identifying', names.actor(a.actorId), 'actor', iri('actor', a.actorId)));
  if (a.speakerId) body.push(textBody('describing', names.actor(a.speakerId), 'speaker', iri('actor', a.speakerId)));
  if (a.addresseeId)
    body.push(textBody('describing', names.actor(a.addresseeId), 'addressee', iri('actor', a.addresseeId)));
  if (a.conceptId)
    body.push(textBody('classifying', names.concept(a.conceptId), 'concept', iri('concept', a.conceptId)));
  if (a.stance) body.push(textBody('classifying', a.stance, 'stance'));
  if (a.statementDate) body.push(textBody('describing', a.statementDate, 'statement-date'));
  return {
    id: iri('annotation', a.id),
    type: 'Annotation',
    motivation: a.actorId ? 'identifying' : 'tagging',
    creator: creator(a.coderId, names),
    created: a.created,
    modified: a.modified,
    body,
    target: {
      source: iri('document', a.documentId),
      selector: [
        { type: 'TextQuoteSelector', exact: a.quote.exact, prefix: a.quote.prefix, suffix: a.quote.suffix },
        { type: 'TextPositionSelector', start: points.toPoints(a.start), end: points.toPoints(a.end) },
      ],
    },
  };
}

/**
 * A link as an annotation with motivation `linking` whose targets are the
 * two annotations (as RecogitoJS writes them): from first, to second — the
 * direction lives in the order, which JSON keeps and RDF does not. The link
 * type is a tagging body naming the type's IRI, the note a describing body.
 */
export function linkJson(l: Link, names: NameLookup): JsonNode {
  const body: JsonNode[] = [
    {
      type: 'TextualBody',
      purpose: 'tagging',
      value: names.linkType(l.typeId),
      format: 'text/plain',
      'schema:about': { id: iri('link-type', l.typeId) },
    },
  ];
  if (l.note) body.push(textBody('describing', l.note));
  return {
    id: iri('link', l.id),
    type: 'Annotation',
    motivation: 'linking',
    creator: creator(l.coderId, names),
    created: l.created,
    modified: l.modified,
    body,
    target: [iri('annotation', l.fromId), iri('annotation', l.toId)],
  };
}
