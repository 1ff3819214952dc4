import { z } from 'zod';
import { type Actor, ActorTypeSchema, AffiliationSchema, PartialDateSchema } from '../model/actor.ts';
import { type Annotation, StanceSchema } from '../model/annotation.ts';
import { type Codebook, ColorSchema, ShortcutSchema, type Tag, TagKindSchema } from '../model/codebook.ts';
import type { Document, DocumentInfo, DocumentMetadata, DocumentSummary } from '../model/document.ts';
import { DocumentMetadataSchema } from '../model/document.ts';
import { IdSchema } from '../model/ids.ts';
import { limits } from '../model/limits.ts';
import type { CallName } from './call-names.ts';
import type { ChangeSet, HistoryLabels, HistoryStep } from './change-set.ts';
import type { Envelope } from './errors.ts';
import { type Language, languages } from '../i18n/languages.ts';
import type { BackupInfo, BackupList, SetAsideContent } from '../backups/backup-info.ts';
import type { ProjectInfo } from './project-info.ts';
import type { ImportPreview, ImportSummary } from './import-results.ts';
import { textEncodings } from '../text/decode-text.ts';
import type { AnnotationSearchResult, TextSearchResult } from '../search/search-results.ts';
import type {
  ActorMentions,
  ChangeWithHistory,
  SyncReport,
  CodebookImport,
  ConceptSummary,
  ConceptTimeline,
  CreatedActor,
  DocumentDeletionPreview,
  LinkRow,
  MentionSuggestions,
  NetworkData,
  TextEditResult,
} from './results.ts';
import type { Concept } from '../model/concept.ts';
import { type Coder, CoderSchema } from '../model/coder.ts';
import type { Link, LinkType } from '../model/link.ts';
import type { BundleImportSummary, BundlePreview } from '../bundles/bundle-preview.ts';
import { FileTicketSchema } from './file-ticket.ts';
import {
  type AgreementReport,
  AgreementQuerySchema,
  CompareQuerySchema,
  DisagreementsQuerySchema,
  type DocumentComparison,
  type DocumentDisagreements,
} from '../agreement/agreement-types.ts';
import type { CodebookComparison, TagMapping } from '../model/tag-mapping.ts';
import {
  type CurationDecision,
  CurationQuerySchema,
  CurationStatusSchema,
  DecideLinkSchema,
  DecideUnitSchema,
  DecisionFilterSchema,
  type DecisionLog,
  type DocumentCuration,
  MergeAgreeingSchema,
  type MergeSummary,
  type QuickReason,
} from '../curation/curation-types.ts';
import {
  type AnnotationHistoryEntry,
  ResolveConflictsSchema,
  type SyncConflictView,
  type SyncHistoryEntry,
  SyncHistoryQuerySchema,
  SyncCredentialsSchema,
  SyncInputSchema,
  SyncStatusQuerySchema,
  type SyncStatus,
} from '../sync/sync-types.ts';
import { type ExchangeExportCounts, exchangeFormats } from '../formats/exchange/exchange-types.ts';
import type { BundleExportProgress, BundleExportSummary } from '../formats/bundle/bundle-export-summary.ts';
import {
  FileKindSchema,
  type OpenedFile,
  type SavedFile,
  type SaveTarget,
  SuggestedNameSchema,
} from './file-ticket.ts';

/** A call's declaration: its input schema, and (as a type only) its result. */
export interface CallSpec<I extends z.ZodType, R> {
  input: I;
  /** Never set: carries the result type. */
  readonly result?: R;
}

function call<R>() {
  return <I extends z.ZodType>(input: I): CallSpec<I, R> => ({ input });
}

const offset = z.number().int().nonnegative();
const PreviewIdSchema = z.string().regex(/^[A-Za-z0-9-]{8,64}$/, 'not a preview id');
const BackupIdSchema = z.string().regex(/^[0-9A-Za-z-]{1,80}$/, 'not a backup id');
const SetAsidePathSchema = z
  .string()
  .max(300)
  .regex(/^(documents\/[A-Za-z0-9_-]+\/|curation\/)?[A-Za-z0-9_.-]+\.damaged-[0-9TZ-]+\.json$/, 'not a set-aside file');
const TextEncodingSchema = z.enum(textEncodings);
const note = z.string().max(limits.noteLength);
const name = z.string().trim().min(1, 'the name is empty').max(limits.nameLength);
const aliases = z.array(z.string().trim().min(1).max(limits.nameLength)).max(1_000);
const affiliations = z.array(AffiliationSchema).max(1_000);

/** A statement's fields as the side panel sets them; null clears one. */
const statementFields = {
  speakerId: IdSchema.nullable().optional(),
  addresseeId: IdSchema.nullable().optional(),
  stance: StanceSchema.nullable().optional(),
  statementDate: PartialDateSchema.nullable().optional(),
  conceptId: IdSchema.nullable().optional(),
};

/** What the network views ask for: which network, and the statements it is built from. */
/** What an export takes: every document, or these. */
const ExportDocumentsSchema = z.union([
  z.strictObject({ all: z.literal(true) }),
  z.strictObject({ ids: z.array(IdSchema).max(1_000_000) }),
]);
/** Whose layers an export takes: mine, every coder's, or these coders'. */
const ExportLayersSchema = z.union([
  z.strictObject({ mine: z.literal(true) }),
  z.strictObject({ all: z.literal(true) }),
  z.strictObject({ coderIds: z.array(IdSchema).min(1).max(limits.coders) }),
]);

const NetworkQuerySchema = z.strictObject({
  kind: z.enum(['actor-concept', 'congruence', 'conflict', 'links']),
  from: PartialDateSchema.optional(),
  to: PartialDateSchema.optional(),
  tagId: IdSchema.optional(),
  linkTypeId: IdSchema.optional(),
  coderId: IdSchema.optional(),
});
export type NetworkQuery = z.infer<typeof NetworkQuerySchema>;

/**
 * A suggested mention as the review list shows it; `exact` must still be
 * the text there, which the handler checks against the document.
 */
const MentionItemSchema = z
  .strictObject({
    actorId: IdSchema,
    documentId: IdSchema,
    start: offset,
    end: offset,
    exact: z
      .string()
      .min(1)
      .max(limits.nameLength * 4),
  })
  .refine((i) => i.end > i.start, { message: 'end must be after start', path: ['end'] });

/** Metadata fields to change: a value sets, null or "" clears, a field left out stays. */
const MetadataPatchSchema = z.strictObject(
  Object.fromEntries(
    Object.entries(DocumentMetadataSchema.shape).map(([key, schema]) => [
      key,
      schema.unwrap().trim().nullable().optional(),
    ]),
  ) as { [K in keyof DocumentMetadata]-?: z.ZodOptional<z.ZodNullable<z.ZodString>> },
);
export type MetadataPatch = z.infer<typeof MetadataPatchSchema>;

/** One replacement of text[from, to) by `insert`; a list applies in order. */
const TextChangeSchema = z.strictObject({ from: offset, to: offset, insert: z.string().max(limits.textLength) });

/**
 * Every call the renderer can make of the main process, declared once. The
 * core implements it (see `Handlers`), Electron binds it to ipcMain, the
 * preload exposes it as `window.api`, and the loopback server serves it over
 * HTTP. Inputs are strict: unknown keys are an error, not silently dropped.
 */
export const contract = {
  /** The open project: its name, folder, counts, the current coder and any files that were damaged. */
  getProjectInfo: call<ProjectInfo>()(z.strictObject({})),

  /** Renames the open project (its display name; the folder keeps its name). */
  renameProject: call<ProjectInfo>()(z.strictObject({ name })),

  /** Who is annotating, and whether they gave their name themselves (if not, the app asks for it). */
  getIdentity: call<{ coder: Coder; confirmed: boolean; language: Language | null }>()(z.strictObject({})),

  /** The window's language, remembered for this user (null in getIdentity: follow the system's). */
  setLanguage: call<{ language: Language }>()(z.strictObject({ language: z.enum(languages) })),

  /**
   * Sets the researcher's display name, kept in their settings and in the open
   * project's coders. Their id — on every annotation and link — stays.
   */
  setCoderName: call<ProjectInfo>()(z.strictObject({ name: CoderSchema.shape.name })),

  /**
   * Opens (or creates) the project in a folder, closing the current one.
   * Fails with `locked` when another Glossator has it open.
   */
  openProject: call<ProjectInfo>()(
    z.strictObject({ path: z.string().min(1).max(4096), withSample: z.boolean().optional() }),
  ),

  /**
   * Asks where to save a file of this kind (Electron: the save dialog; the
   * loopback server: a download slot). The ticket goes to the call that
   * writes the file; null: the user cancelled.
   */
  chooseSaveFile: call<SaveTarget | null>()(
    z.strictObject({ kind: FileKindSchema, suggestedName: SuggestedNameSchema }),
  ),

  /** Asks which file of this kind to open (Electron's open dialog; a browser uploads instead). Null: cancelled. */
  chooseOpenFile: call<OpenedFile | null>()(z.strictObject({ kind: FileKindSchema })),

  /** Each coder's annotations and links in the whole project (their layer), by coder id: for the export dialog. */
  getLayerCounts: call<Record<string, { annotations: number; links: number }>>()(z.strictObject({})),

  /** Every document of the project, in the order they were added, without their texts. */
  listDocuments: call<DocumentSummary[]>()(z.strictObject({})),

  /** One document with its full text; with `withOriginal`, also the text exactly as it was imported. */
  getDocument: call<Document>()(z.strictObject({ documentId: IdSchema, withOriginal: z.boolean().optional() })),

  /**
   * Adds a pasted text. The text is normalised once (BOM removed, line
   * endings to LF, Unicode NFC); the text as given is kept as the original.
   */
  addDocument: call<DocumentSummary>()(
    z.strictObject({
      title: z.string().trim().min(1, 'the title is empty').max(limits.titleLength),
      text: z
        .string()
        .max(limits.textLength, `the text is longer than ${limits.textLength.toLocaleString('en')} characters`)
        .refine((t) => t.trim().length > 0, 'the text is empty'),
      metadata: DocumentMetadataSchema.optional(),
    }),
  ),

  /** The annotations of one document, in text order (by start, then end). */
  listAnnotations: call<Annotation[]>()(z.strictObject({ documentId: IdSchema })),

  /**
   * Annotates text[start, end) of a document with a tag, as the current
   * coder. The quote is taken from the stored text. The caller may choose
   * the id (so it can show the annotation before the save returns).
   */
  createAnnotation: call<Annotation>()(
    z.strictObject({
      id: IdSchema.optional(),
      documentId: IdSchema,
      tagId: IdSchema,
      start: offset,
      end: offset,
      note: note.optional(),
      /** For an actor mention: the actor it names. */
      actorId: IdSchema.optional(),
      speakerId: IdSchema.optional(),
      addresseeId: IdSchema.optional(),
      stance: StanceSchema.optional(),
      statementDate: PartialDateSchema.optional(),
    }),
  ),

  /**
   * Changes an annotation: its tag, memo, actor, statement fields or span.
   * Fields left out stay as they are; null clears an optional one. Giving
   * a span to an orphaned annotation re-attaches it there.
   */
  updateAnnotation: call<Annotation>()(
    z
      .strictObject({
        annotationId: IdSchema,
        tagId: IdSchema.optional(),
        note: note.optional(),
        start: offset.optional(),
        end: offset.optional(),
        actorId: IdSchema.nullable().optional(),
        ...statementFields,
      })
      .refine((i) => (i.start === undefined) === (i.end === undefined), {
        message: 'start and end must be changed together',
      }),
  ),

  /**
   * Deletes an annotation. If links start or end at it, `withLinks` must
   * say to delete them too (one undo step); otherwise it fails with `conflict`.
   */
  deleteAnnotation: call<{ annotationId: string; removedLinks: string[] }>()(
    z.strictObject({ annotationId: IdSchema, withLinks: z.boolean().optional() }),
  ),

  /** The project's tags. */
  getCodebook: call<Codebook>()(z.strictObject({})),

  /** How many annotations use each tag (tags without any are left out). */
  getTagUsage: call<Record<string, number>>()(z.strictObject({})),

  /** Adds a tag; a sub-tag takes its parent's kind unless one is given. */
  createTag: call<Tag>()(
    z.strictObject({
      name,
      parent: IdSchema.nullable(),
      color: ColorSchema.optional(),
      description: z.string().max(limits.descriptionLength).optional(),
      shortcut: ShortcutSchema.nullable().optional(),
      kind: TagKindSchema.optional(),
    }),
  ),

  /** Renames, recolours, describes, moves (new parent) or re-keys a tag. Fails on a shortcut conflict. */
  updateTag: call<Tag>()(
    z.strictObject({
      tagId: IdSchema,
      name: name.optional(),
      parent: IdSchema.nullable().optional(),
      color: ColorSchema.optional(),
      description: z.string().max(limits.descriptionLength).optional(),
      shortcut: ShortcutSchema.nullable().optional(),
      kind: TagKindSchema.optional(),
    }),
  ),

  /** Merges one tag into another: its annotations and sub-tags move to `intoId`, then it is removed. */
  mergeTags: call<ChangeSet>()(z.strictObject({ fromId: IdSchema, intoId: IdSchema })),

  /**
   * Deletes a tag and its sub-tags. If any annotations use them, the caller
   * must say what happens to them: `moveTo` another tag, or
   * `deleteAnnotations`. Without either it fails with `conflict` and the count.
   */
  deleteTag: call<ChangeSet>()(
    z.strictObject({ tagId: IdSchema, moveTo: IdSchema.optional(), deleteAnnotations: z.boolean().optional() }),
  ),

  /** Writes the codebook as a file colleagues can import (format "glossator-codebook") to a chosen save target. */
  exportCodebook: call<SavedFile>()(z.strictObject({ to: FileTicketSchema })),

  /**
   * Imports a codebook file's tags: matching tags are updated, new ones
   * added, none removed. A malformed or foreign file changes nothing.
   */
  importCodebook: call<CodebookImport>()(z.strictObject({ file: FileTicketSchema })),

  /** The actor registry, by name. */
  listActors: call<Actor[]>()(z.strictObject({})),

  /** Adds an actor; with `mention`, also tags that span as a mention of it (one undo step). */
  createActor: call<CreatedActor>()(
    z.strictObject({
      name,
      type: ActorTypeSchema,
      aliases: aliases.optional(),
      affiliations: affiliations.optional(),
      notes: note.optional(),
      mention: z
        .strictObject({ documentId: IdSchema, start: offset, end: offset, tagId: IdSchema.optional() })
        .optional(),
    }),
  ),

  /** Changes an actor's name, type, aliases, affiliations or notes. */
  updateActor: call<Actor>()(
    z.strictObject({
      actorId: IdSchema,
      name: name.optional(),
      type: ActorTypeSchema.optional(),
      aliases: aliases.optional(),
      affiliations: affiliations.optional(),
      notes: note.optional(),
    }),
  ),

  /** Deletes an actor. Its mentions keep their tag but no longer name it; it stops being anyone's speaker. */
  deleteActor: call<ChangeSet>()(z.strictObject({ actorId: IdSchema })),

  /** Merges one actor into another: names become aliases, mentions and statements move with them. */
  mergeActors: call<ChangeSet>()(z.strictObject({ fromId: IdSchema, intoId: IdSchema })),

  /** Every mention of an actor across the corpus, and the statements it made or received. */
  getActorMentions: call<ActorMentions>()(z.strictObject({ actorId: IdSchema })),

  /** Changes a document's title, memo or metadata (fields left out stay; null or "" clears one). */
  updateDocument: call<DocumentInfo>()(
    z.strictObject({
      documentId: IdSchema,
      title: z.string().trim().min(1).max(limits.titleLength).optional(),
      memo: note.optional(),
      metadata: MetadataPatchSchema.optional(),
    }),
  ),

  /** Sets the same metadata fields on many documents at once: one undo step. */
  updateDocuments: call<DocumentInfo[]>()(
    z.strictObject({
      documentIds: z.array(IdSchema).min(1).max(100_000),
      metadata: MetadataPatchSchema,
    }),
  ),

  /**
   * Corrects a document's text. `changes` apply in order to the text of
   * `expectedLength` (a check that the editor saw the current text).
   * Annotations are mapped through the edit; those whose text was deleted
   * are kept as orphans with their quote.
   */
  editText: call<TextEditResult>()(
    z.strictObject({
      documentId: IdSchema,
      expectedLength: offset,
      changes: z.array(TextChangeSchema).min(1).max(100_000),
    }),
  ),

  /** What deleting these documents would take with them: their annotations and the links touching those. */
  documentDeletionPreview: call<DocumentDeletionPreview>()(
    z.strictObject({ documentIds: z.array(IdSchema).min(1).max(100_000) }),
  ),

  /**
   * Deletes documents whole — text, original, every coder's annotations —
   * with every link from or to their annotations: one undo step, which
   * brings all of it back. An unknown id fails with `not-found`, nothing deleted.
   */
  deleteDocuments: call<ChangeWithHistory>()(z.strictObject({ documentIds: z.array(IdSchema).min(1).max(100_000) })),

  /**
   * Deletes the sample texts as deleteDocuments does, and the sample's
   * actors and concepts that nothing left refers to: one undo step.
   */
  removeSampleTexts: call<ChangeWithHistory>()(z.strictObject({})),

  /**
   * A concordance of a query over every document's text: words match in
   * any grammatical form (Токаев finds Токаева, Токаеву), "quoted words"
   * as a phrase; every word or phrase must occur in a document.
   */
  searchText: call<TextSearchResult>()(
    z.strictObject({ query: z.string().max(1_000), limit: z.number().int().min(1).max(10_000).optional() }),
  ),

  /** Annotations whose quoted text, memo, tag, actors, document title or date match the query, optionally of one tag (or its sub-tags) or actor. */
  searchAnnotations: call<AnnotationSearchResult>()(
    z.strictObject({
      query: z.string().max(1_000),
      tagId: IdSchema.optional(),
      actorId: IdSchema.optional(),
      /** Only this coder's annotations (the curated layer, when it is the result views read). */
      coderId: IdSchema.optional(),
      /** Also let the document's title and date meet the query (the link picker); such rows say so (`byDocument`). */
      documentDetails: z.boolean().optional(),
      limit: z.number().int().min(1).max(10_000).optional(),
    }),
  ),

  /**
   * Reads a file (chosen or uploaded) for the import preview: its format and
   * encoding detected, the text normalised, page furniture proposed for
   * removal, details guessed, duplicates found. Nothing is added yet; a
   * file that cannot be read gets status "failed" and a reason.
   */
  stageImport: call<ImportPreview>()(
    z.strictObject({ file: FileTicketSchema, encoding: TextEncodingSchema.optional() }),
  ),

  /** A staged file read again in the encoding the user chose. */
  previewImport: call<ImportPreview>()(z.strictObject({ stagingId: IdSchema, encoding: TextEncodingSchema })),

  /**
   * Adds staged files as documents with the title, details and cleanup the
   * user confirmed. Files whose text the project already has are skipped;
   * each file is added whole or not at all.
   */
  importFiles: call<ImportSummary>()(
    z.strictObject({
      items: z
        .array(
          z.strictObject({
            stagingId: IdSchema,
            title: z.string().trim().min(1, 'the title is empty').max(limits.titleLength),
            metadata: DocumentMetadataSchema,
            remove: z.array(z.strictObject({ start: offset, end: offset })).max(100_000),
          }),
        )
        .min(1)
        .max(10_000),
    }),
  ),

  /** Lets go of staged files (the import dialog was closed). */
  discardImports: call<{ discarded: number }>()(z.strictObject({ stagingIds: z.array(IdSchema).max(100_000) })),

  /** The project's link types. */
  listLinkTypes: call<LinkType[]>()(z.strictObject({})),

  createLinkType: call<LinkType>()(
    z.strictObject({
      name,
      color: ColorSchema.optional(),
      description: z.string().max(limits.descriptionLength).optional(),
    }),
  ),

  updateLinkType: call<LinkType>()(
    z.strictObject({
      typeId: IdSchema,
      name: name.optional(),
      color: ColorSchema.optional(),
      description: z.string().max(limits.descriptionLength).optional(),
    }),
  ),

  /** Deletes a link type; if links use it, `moveTo` another type or it fails with `conflict`. */
  deleteLinkType: call<ChangeSet>()(z.strictObject({ typeId: IdSchema, moveTo: IdSchema.optional() })),

  /**
   * Links, with both ends (null: the annotation no longer exists): those
   * touching a document, or all, optionally of one type or coder.
   */
  listLinks: call<LinkRow[]>()(
    z.strictObject({ documentId: IdSchema.optional(), typeId: IdSchema.optional(), coderId: IdSchema.optional() }),
  ),

  /** Links annotation `fromId` to `toId` (in any documents) with a type, as the current coder. */
  createLink: call<Link>()(
    z.strictObject({ fromId: IdSchema, toId: IdSchema, typeId: IdSchema, note: note.optional() }),
  ),

  /** Changes a link's type or memo, or turns it round (`reverse`). */
  updateLink: call<Link>()(
    z.strictObject({
      linkId: IdSchema,
      typeId: IdSchema.optional(),
      note: note.optional(),
      reverse: z.boolean().optional(),
    }),
  ),

  deleteLink: call<{ linkId: string }>()(z.strictObject({ linkId: IdSchema })),

  /** The concepts, with how many statements each groups. */
  /** The concepts with their statements counted (only `coderId`'s statements when given: the curated layer, say). */
  listConcepts: call<ConceptSummary[]>()(z.strictObject({ coderId: IdSchema.optional() })),

  createConcept: call<Concept>()(
    z.strictObject({
      name: z.string().trim().min(1, 'the name is empty').max(limits.titleLength),
      description: z.string().max(limits.descriptionLength).optional(),
    }),
  ),

  updateConcept: call<Concept>()(
    z.strictObject({
      conceptId: IdSchema,
      name: z.string().trim().min(1, 'the name is empty').max(limits.titleLength).optional(),
      description: z.string().max(limits.descriptionLength).optional(),
    }),
  ),

  /** Deletes a concept; its statements stay, no longer grouped under it. */
  deleteConcept: call<ChangeSet>()(z.strictObject({ conceptId: IdSchema })),

  /** A concept's statements across the corpus in date order, with speaker, stance and quote. */
  getConceptTimeline: call<ConceptTimeline>()(z.strictObject({ conceptId: IdSchema, coderId: IdSchema.optional() })),

  /**
   * A discourse network: actor–concept (edges by stance, weighted by
   * statements), actor congruence or conflict (actors tied by agreeing or
   * opposed stances on the same concepts), or the graph of linked
   * statements. Filters: statement dates, tag (with sub-tags), link type, coder.
   */
  getNetwork: call<NetworkData>()(NetworkQuerySchema),

  /**
   * Writes the same network as GraphML (typed keys: label, type, weight,
   * stance, first_date, last_date) to a chosen save target. The query is
   * nested: its own `to` is the end of the date range.
   */
  exportGraphml: call<SavedFile>()(
    z.strictObject({
      query: NetworkQuerySchema,
      to: FileTicketSchema,
      /** From the Export… dialog: the actor–concept network of these documents and layers only (as the CLI's). */
      scope: z.strictObject({ documents: ExportDocumentsSchema, layers: ExportLayersSchema }).optional(),
    }),
  ),

  /**
   * Places where documents name an actor (by name or alias, in any
   * grammatical form) that no mention covers yet, leaving out those the
   * user rejected. For one actor, or all.
   */
  suggestMentions: call<MentionSuggestions>()(
    z.strictObject({ actorId: IdSchema.optional(), limit: z.number().int().min(1).max(100_000).optional() }),
  ),

  /** Tags suggested mentions as actor mentions (one undo step); each must still read as suggested. */
  acceptMentions: call<ChangeSet>()(z.strictObject({ items: z.array(MentionItemSchema).min(1).max(100_000) })),

  /** Rejects suggested mentions: they are not proposed again (undoable). */
  rejectMentions: call<{ rejected: number }>()(
    z.strictObject({ items: z.array(MentionItemSchema).min(1).max(100_000) }),
  ),

  /** Takes back the last change to annotations, actors, statements, tags or texts. */
  undo: call<HistoryStep>()(z.strictObject({})),

  /** Makes again the last change taken back. */
  redo: call<HistoryStep>()(z.strictObject({})),

  /** What undo and redo would do next. */
  getHistory: call<HistoryLabels>()(z.strictObject({})),

  /** The project's backups (newest first), the space they take and their cap, and the damaged files set aside. */
  listBackups: call<BackupList>()(z.strictObject({})),

  /** Takes a backup now; resolves once it is on disk. */
  takeBackup: call<BackupInfo>()(z.strictObject({})),

  /**
   * Makes the project exactly what a backup holds, as one undo step (the
   * project as it was is backed up first, and undo restores that). The
   * change set says `reload`: everything on screen is read again.
   */
  restoreBackup: call<ChangeWithHistory>()(z.strictObject({ backupId: BackupIdSchema })),

  /** The backups' size cap (bytes) and the minutes of changes between automatic backups. */
  setBackupSettings: call<BackupList>()(
    z.strictObject({
      capBytes: z
        .number()
        .int()
        .min(10 * 1024 * 1024)
        .max(1024 ** 4),
      intervalMinutes: z
        .number()
        .int()
        .min(1)
        .max(24 * 60),
    }),
  ),

  /** The beginning of a damaged file set aside when the project opened, as text. */
  inspectSetAside: call<SetAsideContent>()(z.strictObject({ path: SetAsidePathSchema })),

  /**
   * Puts the last backed-up version of a set-aside file back in its place
   * (one undo step, backed up first); the damaged copy moves into the
   * backups folder.
   */
  restoreSetAside: call<ChangeWithHistory>()(z.strictObject({ path: SetAsidePathSchema })),

  // Bundles: exporting one (bundle-format).
  /**
   * Writes a bundle of the documents and layers asked for to the file the
   * ticket grants (a temp file renamed into place: a failed export leaves
   * nothing). `jobId`, chosen by the window, names the export for
   * exportProgress. Not an undo step: nothing in the project changes.
   */
  exportBundle: call<BundleExportSummary>()(
    z.strictObject({
      to: FileTicketSchema,
      jobId: z.string().regex(/^[A-Za-z0-9-]{8,64}$/, 'not a job id'),
      documents: ExportDocumentsSchema,
      layers: ExportLayersSchema,
    }),
  ),

  /** How far the export `jobId` is (documents written of all), or null once it is over or unknown. */
  exportProgress: call<BundleExportProgress | null>()(
    z.strictObject({ jobId: z.string().regex(/^[A-Za-z0-9-]{8,64}$/, 'not a job id') }),
  ),

  // Bundles: importing a colleague's bundle (preview first, then one undo step).
  /** Reads a bundle (a file chosen or uploaded) and says what importing it would do; nothing changes yet. */
  previewBundle: call<BundlePreview>()(z.strictObject({ file: FileTicketSchema })),

  /**
   * Imports a previewed bundle as one undo step, with the user's decisions
   * (anything left out takes the preview's default). Refused (conflict)
   * when it would replace part of an existing layer and replaceLayers is false.
   */
  importBundle: call<ChangeWithHistory & { summary: BundleImportSummary }>()(
    z.strictObject({
      previewId: PreviewIdSchema,
      coders: z.record(IdSchema, z.union([IdSchema, z.literal('new')])),
      choices: z.record(z.string().max(200), z.enum(['ours', 'theirs', 'both'])),
      replaceLayers: z.boolean(),
    }),
  ),

  /** Frees a preview the user closed without importing. */
  discardBundlePreview: call<{ discarded: boolean }>()(z.strictObject({ previewId: PreviewIdSchema })),

  // Comparing coders (the Compare view) and measuring agreement (shared/agreement).
  /** One document's units between two or more coders, classed, with every member annotation. */
  compareDocument: call<DocumentComparison>()(CompareQuerySchema),

  /** The documents the coders both coded, most disagreements first (the Compare view's corpus list). */
  listDisagreements: call<DocumentDisagreements[]>()(DisagreementsQuerySchema),

  /** The agreement report: every coefficient overall, per tag, per document and per coder pair. */
  computeAgreement: call<AgreementReport>()(AgreementQuerySchema),

  /**
   * Writes a table of the report as CSV to the file the ticket grants: `units` (one row per unit, one column
   * per coder) or `summary` (one row per figure). Formula-like cells are neutralised for spreadsheets.
   */
  exportAgreementTable: call<SavedFile>()(
    z.strictObject({ query: AgreementQuerySchema, table: z.enum(['units', 'summary']), to: FileTicketSchema }),
  ),

  // Tag mappings between coders' codebooks.
  listTagMappings: call<TagMapping[]>()(z.strictObject({})),

  /** Reads coder's tag `fromTagId` as `toTagId` when comparing (replaces that coder's mapping of that tag). One undo step. */
  saveTagMapping: call<TagMapping>()(z.strictObject({ coderId: IdSchema, fromTagId: IdSchema, toTagId: IdSchema })),

  /** Removes a mapping. One undo step. */
  deleteTagMapping: call<{ mappingId: string }>()(z.strictObject({ mappingId: IdSchema })),

  /** How two coders' use of the codebook differs: tags only one used, same names under other ids, renamed, moved. */
  compareCodebooks: call<CodebookComparison>()(z.strictObject({ coderA: IdSchema, coderB: IdSchema })),

  // Exchange with other tools (REFI-QDA, W3C Web Annotation, brat, CSV); importing them goes through previewBundle.
  /**
   * Writes the documents and layers asked for in `format` to the file the ticket grants (a temp file renamed
   * into place). Not an undo step: nothing in the project changes.
   */
  exportExchange: call<ExchangeExportCounts & SavedFile>()(
    z.strictObject({
      format: z.enum(exchangeFormats),
      to: FileTicketSchema,
      documents: ExportDocumentsSchema,
      layers: ExportLayersSchema,
      options: z
        .strictObject({
          bom: z.boolean().optional(),
          csv: z
            .union([
              z.strictObject({ container: z.literal('zip') }),
              z.strictObject({ container: z.literal('table'), table: z.string().regex(/^[a-z_]{1,40}$/) }),
            ])
            .optional(),
        })
        .optional(),
    }),
  ),

  // Curation (shared/curation): the coders' layers settled into the curated layer, every decision logged.
  /** One document's coders' units with where each stands in curation, the curated layer, its decisions and links. */
  getCuration: call<DocumentCuration>()(CurationQuerySchema),

  /**
   * Copies into the curated layer every unit the chosen coders agree on (all of them, or a majority), as one
   * undo step. Never removes or changes what is already curated: decided units are left as they are.
   */
  mergeAgreeing: call<ChangeWithHistory & { summary: MergeSummary }>()(MergeAgreeingSchema),

  /** Decides one unit (take a coder's version, take it edited, a new one, or reject all) with a reason. One undo step. */
  decideUnit: call<ChangeWithHistory & { decision: CurationDecision }>()(DecideUnitSchema),

  /** Takes a coder's link into the curated layer (between its curated ends) or rejects it, with a reason. One undo step. */
  decideLink: call<ChangeWithHistory & { decision: CurationDecision }>()(DecideLinkSchema),

  /** Sets a document's curation status (not started, in progress, done). One undo step. */
  /** The status of one document or of several (the Library's ticked rows), as one undo step. */
  setCurationStatus: call<ChangeWithHistory>()(
    z.strictObject({
      documentIds: z.array(IdSchema).min(1).max(100_000),
      status: CurationStatusSchema,
    }),
  ),

  /** The decision log, newest first, filtered; at most `limit` rows (with the total). */
  listDecisions: call<DecisionLog>()(
    z.strictObject({ filter: DecisionFilterSchema, limit: z.number().int().min(1).max(100_000).optional() }),
  ),

  /** Writes the decision log (filtered) as CSV to the file the ticket grants. */
  exportDecisionLog: call<SavedFile & { rows: number }>()(
    z.strictObject({ filter: DecisionFilterSchema, to: FileTicketSchema }),
  ),

  /** The team's quick reasons, in the order they were added. */
  listQuickReasons: call<QuickReason[]>()(z.strictObject({})),

  /** Adds a quick reason, or rewords one (`id`). One undo step. */
  saveQuickReason: call<QuickReason>()(
    z.strictObject({ id: IdSchema.optional(), label: z.string().trim().min(1).max(limits.nameLength) }),
  ),

  /** Removes a quick reason (decisions that used it keep its words). One undo step. */
  deleteQuickReason: call<{ id: string }>()(z.strictObject({ id: IdSchema })),

  // Team sync through git (issue 19).
  /** Whether the project is shared, how many saved changes wait, whether colleagues have news, open conflicts. */
  getSyncStatus: call<SyncStatus>()(SyncStatusQuerySchema),

  /** Connects the project to a shared git repository (https); the next sync publishes it there. */
  connectSync: call<SyncStatus>()(z.strictObject({ url: z.string().trim().min(1).max(2_000) })),

  /**
   * Commits the saved changes, fetches, merges colleagues' changes per record, pushes (again if someone pushed
   * in between). `credentials`: typed by the user after an `auth-required` or `auth-refused` error.
   */
  syncProject: call<SyncReport>()(SyncInputSchema),

  /**
   * Clones a shared project into a new or empty folder and opens it (the current project is closed once it is
   * open). `credentials`: typed after an `auth-required` or `auth-refused` error. Nothing is left behind when
   * the clone is refused.
   */
  cloneProject: call<ProjectInfo>()(
    z.strictObject({
      url: z.string().trim().min(1).max(2_000),
      path: z.string().min(1).max(4096),
      credentials: SyncCredentialsSchema.optional(),
    }),
  ),

  /** The true conflicts syncs found and the user has not chosen for, with both versions. */
  listSyncConflicts: call<SyncConflictView[]>()(z.strictObject({})),

  /** Keeps ours or takes theirs for open conflicts, as one undo step; the change set says `reload`. */
  resolveSyncConflicts: call<ChangeWithHistory>()(ResolveConflictsSchema),

  /** The project's syncs, newest first: who, when, documents added, annotations per coder. */
  getSyncHistory: call<SyncHistoryEntry[]>()(SyncHistoryQuerySchema),

  /** Who changed an annotation and when, from the shared history. */
  getAnnotationHistory: call<AnnotationHistoryEntry[]>()(z.strictObject({ annotationId: IdSchema })),
} satisfies { [K in CallName]: CallSpec<z.ZodType, unknown> };

export type Contract = typeof contract;

// Compile-time check that call-names.ts lists exactly the calls declared above.
type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const _namesMatch: Exactly<keyof Contract, CallName> = true;
void _namesMatch;

export type CallInput<K extends CallName> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends CallName> = z.output<Contract[K]['input']>;
// Exclude, not NonNullable: a call may answer null (a dialog the user cancelled).
export type CallResult<K extends CallName> = Exclude<Contract[K]['result'], undefined>;

/** What the core implements: one function per call, taking validated input. */
export type Handlers = { [K in CallName]: (input: ParsedInput<K>) => Promise<CallResult<K>> };

/** What a transport carries: one function per call, answering with an envelope. */
export type RawApi = { [K in CallName]: (input: CallInput<K>) => Promise<Envelope<CallResult<K>>> };

/** What the renderer calls: one function per call, throwing ApiError on failure. */
export type Api = { [K in CallName]: (input: CallInput<K>) => Promise<CallResult<K>> };
