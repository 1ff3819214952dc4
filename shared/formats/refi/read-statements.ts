import { type Actor, ActorSchema, ActorTypeSchema, PartialDateSchema } from '../../model/actor.ts';
import type { Annotation } from '../../model/annotation.ts';
import type { Tag, TagKind } from '../../model/codebook.ts';
import { type Concept, ConceptSchema } from '../../model/concept.ts';
import { limits } from '../../model/limits.ts';
import { checked } from './read-checked.ts';
import { nameOf } from './read-fields.ts';
import { type GuidKinds, idOfGuid } from './read-ids.ts';
import type { RefiProject } from './read-records.ts';
import { readStatementDescription } from './statement-description.ts';

/** The statement fields of an annotation, as read back from a selection. */
export type StatementFields = Pick<
  Annotation,
  'speakerId' | 'addresseeId' | 'stance' | 'conceptId' | 'statementDate' | 'actorId'
>;

/** The actors and concepts a project's Cases hold, and how to read a selection's statement back. */
export interface ReadStatements {
  actors: Actor[];
  concepts: Concept[];
  /** Cases that are neither (another tool's cases): counted, not imported. */
  otherCases: number;
  /**
   * The statement fields a selection's Description gives, when the file is
   * ours (written by Glossator's export, see statementDescription) and every
   * name it gives is a case of the right kind; null otherwise (the
   * Description is then kept in the note, as another tool's comment is).
   */
  fieldsOf(selectionGuid: string, description: string): StatementFields | null;
}

/** The name of the variable our export gives a case's kind (an actor type, or "concept"). */
const TYPE_VARIABLE = 'type';
const ALIASES_VARIABLE = 'aliases';

/**
 * Reads the project's Cases as actors (a Type variable naming one of our
 * actor types) and concepts (Type "concept"), as Glossator's export writes
 * them; other tools' cases have no place here and are counted.
 */
export function readStatements(project: RefiProject, guids: GuidKinds, file: string, time: string): ReadStatements {
  const actors: Actor[] = [];
  const concepts: Concept[] = [];
  let otherCases = 0;
  /** Selection id → the cases naming it, by kind and name. */
  const named = new Map<string, Array<{ kind: 'actor' | 'concept'; name: string; id: string }>>();
  const byName = { actor: new Map<string, string>(), concept: new Map<string, string>() };
  for (const c of project.cases) {
    const value = (name: string) =>
      c.variables.find((v) => (project.variables.get(v.variable) ?? '').trim().toLowerCase() === name)?.value;
    const type = value(TYPE_VARIABLE);
    const actorType = ActorTypeSchema.safeParse(type);
    if (!actorType.success && type !== 'concept') {
      otherCases += 1;
      continue;
    }
    const id = guids.add('case', c.guid, file);
    const name = nameOf(c.name, c.guid, actorType.success ? limits.nameLength : limits.titleLength);
    if (actorType.success) {
      const aliases = (value(ALIASES_VARIABLE) ?? '')
        .split(';')
        .map((a) => a.trim().slice(0, limits.nameLength).trim())
        .filter((a) => a !== '');
      actors.push(
        checked<Actor>(
          ActorSchema,
          {
            id,
            name,
            type: actorType.data,
            aliases,
            affiliations: [],
            notes: c.description.slice(0, limits.noteLength),
            created: time,
            modified: time,
          },
          file,
          id,
        ),
      );
    } else {
      concepts.push(
        checked<Concept>(
          ConceptSchema,
          { id, name, description: c.description.slice(0, limits.descriptionLength), created: time, modified: time },
          file,
          id,
        ),
      );
    }
    const kind = actorType.success ? 'actor' : 'concept';
    if (!byName[kind].has(name)) byName[kind].set(name, id);
    for (const s of c.selectionRefs) {
      const list = named.get(idOfGuid(s)) ?? [];
      list.push({ kind, name, id });
      named.set(idOfGuid(s), list);
    }
  }
  const ours = project.origin !== null && /^Glossator\b/.test(project.origin);
  return {
    actors,
    concepts,
    otherCases,
    fieldsOf(selectionGuid, description) {
      if (!ours || !description) return null;
      const read = readStatementDescription(description);
      if (!read) return null;
      const cases = named.get(idOfGuid(selectionGuid)) ?? [];
      // The case that names this very selection first (two actors may share a name), else any of that name.
      const find = (kind: 'actor' | 'concept', name: string | undefined): string | undefined | null => {
        if (name === undefined) return undefined;
        return cases.find((c) => c.kind === kind && c.name === name)?.id ?? byName[kind].get(name) ?? null;
      };
      const fields = {
        speakerId: find('actor', read.speaker),
        addresseeId: find('actor', read.addressee),
        actorId: find('actor', read.actor),
        conceptId: find('concept', read.concept),
      };
      if (Object.values(fields).some((v) => v === null)) return null;
      if (read.date !== undefined && !PartialDateSchema.safeParse(read.date).success) return null;
      const out: StatementFields = {};
      for (const [key, v] of Object.entries(fields)) if (v) out[key as keyof typeof fields] = v;
      if (read.stance) out.stance = read.stance;
      if (read.date) out.statementDate = read.date;
      return out;
    },
  };
}

/**
 * Tags of a file of ours take back the kind their annotations show: a tag
 * whose annotations carry statement fields is a statement tag, one whose
 * annotations name an actor an actor-mention tag — and so are the tags
 * above and below it (sub-tags share their parent's kind).
 */
export function inferTagKinds(tags: Tag[], annotations: Iterable<Annotation>): Tag[] {
  const used = new Map<string, TagKind>();
  for (const a of annotations) {
    if (a.speakerId || a.addresseeId || a.stance || a.conceptId || a.statementDate) used.set(a.tagId, 'statement');
    else if (a.actorId && used.get(a.tagId) !== 'statement') used.set(a.tagId, 'actor-mention');
  }
  if (used.size === 0) return tags;
  const parent = new Map(tags.map((t) => [t.id, t.parent]));
  const root = (id: string): string => {
    let at = id;
    for (let p = parent.get(at); p; p = parent.get(at)) at = p;
    return at;
  };
  const kindOfTree = new Map<string, TagKind>();
  for (const [id, kind] of used) if (kindOfTree.get(root(id)) !== 'statement') kindOfTree.set(root(id), kind);
  return tags.map((t) => {
    const kind = kindOfTree.get(root(t.id));
    return kind ? { ...t, kind } : t;
  });
}
