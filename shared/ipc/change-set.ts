import type { Message } from '../i18n/message.ts';
import type { Actor } from '../model/actor.ts';
import type { Annotation } from '../model/annotation.ts';
import type { Codebook } from '../model/codebook.ts';
import type { Concept } from '../model/concept.ts';
import type { DocumentInfo } from '../model/document.ts';
import type { Link, LinkType } from '../model/link.ts';

/**
 * What one step changed in the project, as the renderer needs it to bring
 * the screen in line with the disk: records as they are now, and the ids
 * of records that are gone. Operations that touch many records (merging
 * tags or actors, correcting a text) and undo/redo answer with one.
 */
export interface ChangeSet {
  annotations: Annotation[];
  removedAnnotations: Array<{ id: string; documentId: string }>;
  actors: Actor[];
  removedActors: string[];
  /** The whole codebook when a tag changed, otherwise null. */
  codebook: Codebook | null;
  /** Documents whose details changed, and documents brought back whole (an undone deletion). */
  documents: DocumentInfo[];
  /** Documents deleted, with everything they held. */
  removedDocuments: string[];
  /** Documents whose text changed: the renderer reloads them. */
  texts: string[];
  links: Link[];
  removedLinks: string[];
  /** The whole list of link types when one changed, otherwise null. */
  linkTypes: LinkType[] | null;
  concepts: Concept[];
  removedConcepts: string[];
  /**
   * Curation changed (decisions, statuses): the views showing it ask again. `curation` names the documents
   * known to be touched (a decision taken out by undo is known by id only, so the flag is what to go by).
   */
  curationChanged: boolean;
  curation: string[];
  /** The quick reasons changed: the pickers ask again. */
  quickReasonsChanged: boolean;
  /** True when the whole project may have changed (a backup restored): the renderer reloads everything. */
  reload: boolean;
}

/** Undo or redo: which step it was, and what it changed (label null: nothing to undo or redo). */
export interface HistoryStep {
  /** The step as a code the window words (Undone: …). */
  label: Message | null;
  /** The step's number (see HistoryLabels.undoSeq). */
  seq: number | null;
  change: ChangeSet;
  /** What the next undo and redo would do, for menus and tooltips. */
  next: HistoryLabels;
}

export interface HistoryLabels {
  /** What undo and redo would do, as codes the window words in the user's language. */
  undo: Message | null;
  redo: Message | null;
  /** The number of the step undo would take back. */
  undoSeq: number | null;
  /**
   * What undoing it will change, for small steps (null for large ones):
   * the screen shows it at once, and the core's answer confirms it by seq.
   */
  undoPreview: ChangeSet | null;
}

export function emptyChangeSet(): ChangeSet {
  return {
    annotations: [],
    removedAnnotations: [],
    actors: [],
    removedActors: [],
    codebook: null,
    documents: [],
    removedDocuments: [],
    texts: [],
    links: [],
    removedLinks: [],
    linkTypes: null,
    concepts: [],
    removedConcepts: [],
    curationChanged: false,
    curation: [],
    quickReasonsChanged: false,
    reload: false,
  };
}
