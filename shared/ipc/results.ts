import type { SyncOutcome } from '../sync/sync-types.ts';
import type { Message } from '../i18n/message.ts';
import type { Actor } from '../model/actor.ts';
import type { Annotation } from '../model/annotation.ts';
import type { Codebook } from '../model/codebook.ts';
import type { Concept } from '../model/concept.ts';
import type { Link } from '../model/link.ts';
import type { DocumentInfo } from '../model/document.ts';
import type { AnnotationRow } from '../model/annotation-row.ts';
import type { ChangeSet, HistoryLabels } from './change-set.ts';

/** Domain types the calls answer with, declared beside their domain and re-exported for the contract. */
export type { AnnotationRow } from '../model/annotation-row.ts';
export type { NetworkData, NetworkNode } from '../network/network-data.ts';

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
  /** Shortcuts of the imported file that were dropped because they clashed, each with its reason. */
  shortcutConflicts: Message[];
}

export interface TextEditResult {
  document: DocumentInfo;
  /** Every annotation of the document after the edit, in text order. */
  annotations: Annotation[];
  /** How many annotations lost their text in this edit and are now orphaned. */
  orphaned: number;
}

/** A link with both its ends as the views show them; an end that no longer exists is null (a broken link). */
export interface LinkRow {
  link: Link;
  from: AnnotationRow | null;
  to: AnnotationRow | null;
}

export interface ConceptSummary {
  concept: Concept;
  statementCount: number;
}

/** A concept's statements across the corpus, in date order (the statement's date, else its document's). */
export interface ConceptTimeline {
  concept: Concept;
  statements: AnnotationRow[];
}

/** A place where a document names an actor but no mention is tagged yet. */
export interface MentionSuggestion {
  actorId: string;
  documentId: string;
  documentTitle: string;
  start: number;
  end: number;
  exact: string;
  left: string;
  right: string;
}

export interface MentionSuggestions {
  suggestions: MentionSuggestion[];
  total: number;
  /** Search index progress: suggestions cover the documents indexed so far. */
  indexed: number;
  documents: number;
}

/** What deleting documents takes with them, for the question asked before. */
export interface DocumentDeletionPreview {
  documents: number;
  /** Every coder's annotations of them. */
  annotations: number;
  /** Links from or to those annotations, in any coder's layer. */
  links: number;
}

/** A change made as one undo step: what it changed, and what undo and redo would do next. */
export interface ChangeWithHistory {
  change: ChangeSet;
  history: HistoryLabels;
}

/** A sync's outcome; `change.reload` when it wrote files (everything on screen is read again). */
export type SyncReport = SyncOutcome & ChangeWithHistory;
