import type { z } from 'zod';
import { ActorSchema } from '../../../shared/model/actor.ts';
import { CoderSchema } from '../../../shared/model/coder.ts';
import { ConceptSchema } from '../../../shared/model/concept.ts';
import { limits } from '../../../shared/model/limits.ts';
import { LinkSchema } from '../../../shared/model/link.ts';
import { RejectedMentionSchema } from '../../../shared/model/project.ts';
import { CoderCodebookSchema, TagMappingSchema } from '../../../shared/model/tag-mapping.ts';
import { fileKeys, type ProjectState } from './project-state.ts';
import {
  CurationDecisionSchema,
  CurationStatusRecordSchema,
  curationLimits,
  QuickReasonSchema,
} from '../../../shared/curation/curation-types.ts';
import type { RecordEdit } from './record-edit.ts';

/** The kinds of record an edit lists by id (annotations apart: they live in their documents; whole documents too). */
export type ListKindName = {
  [K in keyof RecordEdit]-?: K extends 'annotations' | 'wholeDocuments'
    ? never
    : NonNullable<RecordEdit[K]> extends ReadonlyArray<{ id: string; after: unknown }>
      ? K
      : never;
}[keyof RecordEdit];

type RecordOf<K extends ListKindName> = NonNullable<NonNullable<RecordEdit[K]>[number]['after']>;

/** Everything the store needs to know about one kind of record, said once. */
export interface ListKind<R> {
  /** The list in the project that holds them. */
  list: (state: ProjectState) => R[];
  /** The schema every stored record passes, at save as at load. */
  schema: z.ZodType<R>;
  /** How many a project may hold (the file's schema has the same bound). */
  max: number;
  /** The files (fileKeys) a record of this kind is written to. */
  files: (record: R) => string[];
  /** The kind in words, for messages: "more than 100,000 actors". */
  noun: string;
  /** Where the renderer is told of records of this kind (ChangeSet keys), or null: it does not show them. */
  changeSet: { changed: ChangeSetList; removed: ChangeSetList } | null;
}

/** The ChangeSet lists of records and of removed ids. */
type ChangeSetList = 'actors' | 'removedActors' | 'links' | 'removedLinks' | 'concepts' | 'removedConcepts';

/**
 * The record kinds, one entry each. Applying, validating, writing and the
 * undo preview all read this table; a kind added to RecordEdit without an
 * entry here is a compile error.
 */
export const listKinds: { [K in ListKindName]: ListKind<RecordOf<K>> } = {
  actors: {
    list: (s) => s.actors.actors,
    schema: ActorSchema,
    max: limits.actors,
    files: () => [fileKeys.actors],
    noun: 'actors',
    changeSet: { changed: 'actors', removed: 'removedActors' },
  },
  rejectedMentions: {
    list: (s) => s.actors.rejectedMentions,
    schema: RejectedMentionSchema,
    max: limits.rejectedMentions,
    files: () => [fileKeys.actors],
    noun: 'rejected suggestions',
    changeSet: null,
  },
  links: {
    list: (s) => s.links,
    schema: LinkSchema,
    max: limits.linksPerCoder,
    files: (l) => [fileKeys.links(l.coderId)],
    noun: 'links of one coder',
    changeSet: { changed: 'links', removed: 'removedLinks' },
  },
  coders: {
    // The project's coders (project.json): an imported bundle brings a colleague's layer with its coder.
    list: (s) => s.project.coders,
    schema: CoderSchema,
    max: limits.coders,
    files: () => [fileKeys.project],
    noun: 'coders',
    changeSet: null,
  },
  concepts: {
    list: (s) => s.concepts,
    schema: ConceptSchema,
    max: limits.concepts,
    files: () => [fileKeys.concepts],
    noun: 'concepts',
    changeSet: { changed: 'concepts', removed: 'removedConcepts' },
  },
  tagMappings: {
    list: (s) => s.tagMappings,
    schema: TagMappingSchema,
    max: limits.tagMappings,
    files: () => [fileKeys.tagMappings],
    noun: 'tag mappings',
    // Read through listTagMappings/compareCodebooks: the views that show them ask again after each step.
    changeSet: null,
  },
  curationDecisions: {
    list: (s) => s.curationDecisions,
    schema: CurationDecisionSchema,
    max: curationLimits.decisionsPerDocument,
    files: (d) => [fileKeys.curation(d.documentId)],
    noun: 'curation decisions',
    // The views showing curation ask again for the documents the ChangeSet's `curation` names.
    changeSet: null,
  },
  curationStatuses: {
    list: (s) => s.curationStatuses,
    schema: CurationStatusRecordSchema,
    max: 1_000_000,
    files: (r) => [fileKeys.curation(r.id)],
    noun: 'curation statuses',
    changeSet: null,
  },
  quickReasons: {
    list: (s) => s.quickReasons,
    schema: QuickReasonSchema,
    max: curationLimits.quickReasons,
    files: () => [fileKeys.quickReasons],
    noun: 'quick reasons',
    changeSet: null,
  },
  coderCodebooks: {
    list: (s) => s.coderCodebooks,
    schema: CoderCodebookSchema,
    max: limits.coders,
    files: () => [fileKeys.tagMappings],
    noun: 'coder codebooks',
    changeSet: null,
  },
};

export const listKindNames = Object.keys(listKinds) as ListKindName[];
