import type { JsonNode } from './w3c-annotation-json.ts';
import { asList, hasType, isNode, oneString, refIri } from './w3c-json.ts';
import { type BodyRole, ROLE_PROPERTY, roles } from './w3c-records.ts';

/** What an annotation's bodies say, sorted by what we make of them. */
export interface ReadBodies {
  /** Tagging bodies: the tag's IRI (our `schema:about`, or a body's id) where it has one, and its name. */
  tags: Array<{ iri: string | undefined; name: string }>;
  /** Describing and commenting bodies (and any other text), in order: the memo. */
  notes: string[];
  /** Our statement fields (bodies with `schema:roleName`), with the record each names. */
  roles: Array<{ role: BodyRole; value: string; about: string | undefined }>;
}

const isRole = (v: unknown): v is BodyRole => typeof v === 'string' && (roles as readonly string[]).includes(v);

/**
 * Sorts an annotation's bodies. A TextualBody (or `bodyValue`) is a tag
 * when its purpose is tagging (or it has none and the annotation's
 * motivation is tagging), a statement field when it carries our role, and
 * memo text otherwise. A body that is only an IRI (a SpecificResource, a
 * linked-data term) is a tag named by its IRI when tagging, else a memo line
 * "purpose: IRI", so it is not lost. A Choice gives its first option.
 */
export function readBodies(annotation: JsonNode): ReadBodies {
  const motivation = oneString(annotation.motivation);
  const out: ReadBodies = { tags: [], notes: [], roles: [] };
  const bodies = asList(annotation.body);
  if (typeof annotation.bodyValue === 'string') bodies.push({ type: 'TextualBody', value: annotation.bodyValue });
  for (let body of bodies) {
    if (isNode(body) && hasType(body, 'Choice')) body = asList(body.items)[0];
    if (typeof body === 'string') body = { id: body };
    if (!isNode(body)) continue;
    const purpose = oneString(body.purpose) ?? (motivation === 'tagging' ? 'tagging' : undefined);
    const value = typeof body.value === 'string' ? body.value : undefined;
    if (value !== undefined) {
      const role = body[ROLE_PROPERTY];
      if (isRole(role)) out.roles.push({ role, value, about: refIri(body['schema:about']) });
      else if (purpose === 'tagging') out.tags.push({ iri: refIri(body['schema:about']) ?? refIri(body), name: value });
      else if (value) out.notes.push(value);
      continue;
    }
    const target = refIri(body.source) ?? refIri(body);
    if (!target) continue;
    if (purpose === 'tagging') out.tags.push({ iri: undefined, name: target });
    else out.notes.push(`${purpose ?? motivation ?? 'body'}: ${target}`);
  }
  return out;
}
