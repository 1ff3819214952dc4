import type { Actor } from '../model/actor.ts';
import type { Annotation } from '../model/annotation.ts';
import type { Codebook } from '../model/codebook.ts';
import type { DocumentInfo } from '../model/document.ts';

/** An annotation listed outside its document (the actor view), with what is needed to show it. */
export interface AnnotationRow {
  annotation: Annotation;
  documentTitle: string;
  /** The document's date (metadata), used when the statement has none of its own. */
  documentDate: string | null;
}

/** Everything the actor view shows about one actor. */
export interface ActorMentions {
  actor: Actor;
  /** Annotations naming the actor (actor mentions), by document then position. */
  mentions: AnnotationRow[];
  /** Statements the actor made or was addressed in. */
  statements: AnnotationRow[];
}

export interface CreatedActor {
  actor: Actor;
  /** The mention made from the selection, when one was given. */
  annotation: Annotation | null;
}

export interface CodebookImport {
  codebook: Codebook;
  added: number;
  updated: number;
  /** Shortcuts of the imported file that were dropped because they clashed. */
  shortcutConflicts: string[];
}

export interface CodebookExport {
  fileName: string;
  text: string;
}

export interface TextEditResult {
  document: DocumentInfo;
  /** Every annotation of the document after the edit, in text order. */
  annotations: Annotation[];
  /** How many annotations lost their text in this edit and are now orphaned. */
  orphaned: number;
}
