import type { Message } from '../i18n/message.ts';
import type { DocumentMetadata, DocumentSummary } from '../model/document.ts';
import type { TextEncoding } from '../text/decode-text.ts';
import type { BoilerplateSpan } from '../text/detect-boilerplate.ts';
import type { ImportFormat } from '../text/import-format.ts';

/** What a file would become, shown in the import preview before anything is added. */
export interface ImportPreview {
  /** Names the file's bytes kept by the core until the import or its cancellation. */
  stagingId: string;
  fileName: string;
  size: number;
  status: 'ready' | 'failed';
  /** Why the file cannot be imported (status "failed"), for the window to word (importing:reason…). */
  reason: Message | null;
  format: ImportFormat | null;
  encoding: TextEncoding | null;
  /** How the encoding was decided: bom, valid-utf-8, guess, declared (a page's charset) or override. */
  detectedBy: string | null;
  /** The text after the normalisation rule, before any cleanup. */
  text: string;
  /** Page furniture proposed for removal; nothing is removed unless the import names it. */
  boilerplate: BoilerplateSpan[];
  /** Guessed from the file and its text, for the user to confirm. */
  title: string;
  metadata: DocumentMetadata;
  /** A document of the project (or a file earlier in this import) with the same text. */
  duplicateOf: { documentId: string | null; title: string } | null;
  /** What the user should know about the file (importing:warning…). */
  warnings: Message[];
}

/** What an import did, file by file. */
export interface ImportSummary {
  imported: DocumentSummary[];
  duplicates: Array<{ stagingId: string; fileName: string; duplicateOf: string }>;
  /** `fileName` is "" when no name is known (the preview expired). */
  failed: Array<{ stagingId: string; fileName: string; reason: Message }>;
}
