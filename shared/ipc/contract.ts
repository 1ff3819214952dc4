import { z } from 'zod';
import type { Annotation } from '../model/annotation.ts';
import type { Codebook } from '../model/codebook.ts';
import type { Document, DocumentSummary } from '../model/document.ts';
import { DocumentMetadataSchema } from '../model/document.ts';
import { IdSchema } from '../model/ids.ts';
import { limits } from '../model/limits.ts';
import type { CallName } from './call-names.ts';
import type { Envelope } from './errors.ts';
import type { ProjectInfo } from './project-info.ts';

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
const note = z.string().max(limits.noteLength);

/**
 * Every call the renderer can make of the main process, declared once. The
 * core implements it (see `Handlers`), Electron binds it to ipcMain, the
 * preload exposes it as `window.api`, and the loopback server serves it over
 * HTTP. Inputs are strict: unknown keys are an error, not silently dropped.
 */
export const contract = {
  /** The open project: its name, folder, counts, the current coder and any files that were damaged. */
  getProjectInfo: call<ProjectInfo>()(z.strictObject({})),

  /**
   * Opens (or creates) the project in a folder, closing the current one.
   * Fails with `locked` when another Glossator has it open.
   */
  openProject: call<ProjectInfo>()(
    z.strictObject({ path: z.string().min(1).max(4096), withSample: z.boolean().optional() }),
  ),

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
    }),
  ),

  /** Changes an annotation's tag, note or span. Fields left out stay as they are. */
  updateAnnotation: call<Annotation>()(
    z
      .strictObject({
        annotationId: IdSchema,
        tagId: IdSchema.optional(),
        note: note.optional(),
        start: offset.optional(),
        end: offset.optional(),
      })
      .refine((i) => (i.start === undefined) === (i.end === undefined), {
        message: 'start and end must be changed together',
      }),
  ),

  /** Deletes an annotation. */
  deleteAnnotation: call<{ annotationId: string }>()(z.strictObject({ annotationId: IdSchema })),

  /** The project's tags. */
  getCodebook: call<Codebook>()(z.strictObject({})),
} satisfies { [K in CallName]: CallSpec<z.ZodType, unknown> };

export type Contract = typeof contract;

// Compile-time check that call-names.ts lists exactly the calls declared above.
type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const _namesMatch: Exactly<keyof Contract, CallName> = true;
void _namesMatch;

export type CallInput<K extends CallName> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends CallName> = z.output<Contract[K]['input']>;
export type CallResult<K extends CallName> = NonNullable<Contract[K]['result']>;

/** What the core implements: one function per call, taking validated input. */
export type Handlers = { [K in CallName]: (input: ParsedInput<K>) => Promise<CallResult<K>> };

/** What a transport carries: one function per call, answering with an envelope. */
export type RawApi = { [K in CallName]: (input: CallInput<K>) => Promise<Envelope<CallResult<K>>> };

/** What the renderer calls: one function per call, throwing ApiError on failure. */
export type Api = { [K in CallName]: (input: CallInput<K>) => Promise<CallResult<K>> };
