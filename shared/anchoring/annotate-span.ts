import type { Annotation } from '../model/annotation.ts';
import { describeQuote } from './text-quote.ts';

export interface SpanFields {
  id: string;
  documentId: string;
  coderId: string;
  tagId: string;
  start: number;
  end: number;
  note?: string;
  actorId?: string;
  speakerId?: string;
  addresseeId?: string;
  stance?: Annotation['stance'];
  statementDate?: string;
}

/**
 * A new annotation of text[start, end), its quote taken from the text. The
 * one place annotations are made, whether by the core, the Reader (before
 * the save returns), the sample project or test data. Optional fields that
 * are not given are left out rather than stored as undefined.
 */
export function annotateSpan(text: string, fields: SpanFields, now = new Date().toISOString()): Annotation {
  const annotation: Annotation = {
    ...fields,
    quote: describeQuote(text, fields.start, fields.end),
    note: fields.note ?? '',
    created: now,
    modified: now,
  };
  for (const key of ['actorId', 'speakerId', 'addresseeId', 'stance', 'statementDate'] as const) {
    if (annotation[key] === undefined) delete annotation[key];
  }
  return annotation;
}
