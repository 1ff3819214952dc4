import { annotateSpan } from '../../../shared/anchoring/annotate-span.ts';
import type { Annotation } from '../../../shared/model/annotation.ts';
import { normalizeText } from '../../../shared/text/normalize-text.ts';
import type { ExportSnapshot } from '../bundles/export-snapshot.ts';
import type { ExchangeWriteInput } from './exchange-io.ts';
import { anna, boris, refiSnapshot, refiTexts } from './refi-export.fixture.ts';

/**
 * The W3C tests' project: REFI's (Russian with emoji, nested and
 * overlapping spans, two coders, markup in names and memos, statement
 * fields, a cross-document link, an orphaned annotation and a link to it)
 * plus a document imported from a CRLF, NFD file, whose original differs
 * from its stored text.
 */
export const crlfNfdOriginal = 'Глава государства заявил:\r\n«Й это важно» 🙂.\r\n'.normalize('NFD');
const crlfNfdText = normalizeText(crlfNfdOriginal);

export const w3cTexts: Record<string, string> = { ...refiTexts, 'doc-crlf': crlfNfdText };
export const w3cOriginals: Record<string, string> = { ...refiTexts, 'doc-crlf': crlfNfdOriginal };

const when = '2026-11-30T10:00:00.000Z';
export const crlfAnnotation: Annotation = {
  ...annotateSpan(
    crlfNfdText,
    {
      id: 'c-1',
      documentId: 'doc-crlf',
      coderId: boris.id,
      tagId: 'claim',
      start: crlfNfdText.indexOf('«Й'),
      end: crlfNfdText.indexOf('🙂') + 2,
    },
    when,
  ),
  note: 'across a line end <br/>',
};

export function w3cSnapshot(): ExportSnapshot {
  const snapshot = refiSnapshot();
  snapshot.documents.push({
    info: {
      id: 'doc-crlf',
      title: 'CRLF & NFD',
      metadata: { language: 'ru' },
      created: when,
      textLength: crlfNfdText.length,
    },
    layers: new Map([[boris.id, [crlfAnnotation]]]),
  });
  return snapshot;
}

export function w3cInput(snapshot: ExportSnapshot = w3cSnapshot()): ExchangeWriteInput {
  return {
    snapshot,
    text: async (id) => w3cTexts[id] as string,
    originalText: async (id) => w3cOriginals[id] as string,
    options: {},
  };
}

export { anna, boris };
