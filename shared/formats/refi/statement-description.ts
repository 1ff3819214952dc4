import { type Annotation, type Stance, StanceSchema } from '../../model/annotation.ts';

/** Names of the registry's records, for the words a REFI-QDA tool shows. */
export interface RecordNames {
  actor: (id: string) => string;
  concept: (id: string) => string;
}

/**
 * The fields REFI-QDA has no place for, as the selection's Description —
 * what MAXQDA shows as the coded segment's comment and ATLAS.ti as the
 * quotation's comment — one "Field: value" per line, in a fixed order:
 *
 *   Speaker: <actor>      Addressee: <actor>      Stance: supports|opposes|neutral|unclear
 *   Concept: <concept>    Date: <statement date>  Actor: <the actor a mention names>
 *
 * The field names and stance values are fixed English words, whatever the
 * window's language: they are part of the format (like CSV column names),
 * so an importer (ours) can read them back. Null when there is none.
 */
export function statementDescription(a: Annotation, names: RecordNames): string | null {
  const lines: string[] = [];
  const add = (field: string, value: string | undefined) => {
    // One field per line: a line end inside a name would start a false field.
    if (value) lines.push(`${field}: ${value.replace(/[\r\n]+/g, ' ')}`);
  };
  add('Speaker', a.speakerId && names.actor(a.speakerId));
  add('Addressee', a.addresseeId && names.actor(a.addresseeId));
  add('Stance', a.stance);
  add('Concept', a.conceptId && names.concept(a.conceptId));
  add('Date', a.statementDate);
  add('Actor', a.actorId && names.actor(a.actorId));
  return lines.length ? lines.join('\n') : null;
}

/** The statement fields a Description written by statementDescription names (names as written, not ids). */
export interface DescribedStatement {
  speaker?: string;
  addressee?: string;
  stance?: Stance;
  concept?: string;
  date?: string;
  actor?: string;
}

const fieldOf: Record<string, keyof DescribedStatement> = {
  Speaker: 'speaker',
  Addressee: 'addressee',
  Stance: 'stance',
  Concept: 'concept',
  Date: 'date',
  Actor: 'actor',
};

/**
 * The fields back from a Description statementDescription wrote, for an
 * importer that knows the file is ours (Project/@origin "Glossator …"):
 * every line must be one known field once, with a valid stance; anything
 * else (another tool's comment) gives null and is kept as a memo.
 */
export function readStatementDescription(description: string): DescribedStatement | null {
  const out: DescribedStatement = {};
  for (const line of description.split('\n')) {
    const m = /^(Speaker|Addressee|Stance|Concept|Date|Actor): (.+)$/.exec(line);
    const field = m && fieldOf[m[1] as string];
    if (!field || out[field] !== undefined) return null;
    const value = m[2] as string;
    if (field === 'stance') {
      const stance = StanceSchema.safeParse(value);
      if (!stance.success) return null;
      out.stance = stance.data;
    } else out[field] = value;
  }
  return Object.keys(out).length ? out : null;
}
