import type { Message } from '../../../shared/i18n/message.ts';
import type { DocumentMetadata } from '../../../shared/model/document.ts';
import type { TextEncoding } from '../../../shared/text/decode-text.ts';
import type { ImportFormat } from '../../../shared/text/import-format.ts';

/** How a file's encoding was decided. "declared": a web page's own charset. */
export type DetectedBy = 'bom' | 'valid-utf-8' | 'guess' | 'override' | 'declared';

/** What reading one file gave: its text as extracted (not yet normalised) and what the file says about itself. */
export type ReadResult =
  | {
      ok: true;
      format: ImportFormat;
      text: string;
      /** For files read as text (.txt, .md, .html); absent for .docx. */
      encoding?: TextEncoding;
      detectedBy?: DetectedBy;
      /** Details the file itself states (a page's title, author, date…), preferred to guesses from the text. */
      hints: Partial<DocumentMetadata> & { title?: string };
      /** What the user should know about the file (importing:warning…). */
      warnings: Message[];
    }
  | { ok: false; reason: Message };
