import { randomUUID } from 'node:crypto';
import { parseCodebookFile, serializeCodebookFile } from '../../../../shared/codebook/codebook-file.ts';
import { mergeCodebooks } from '../../../../shared/codebook/merge-codebooks.ts';
import { addTag, planDelete, planMerge, updateTag } from '../../../../shared/codebook/codebook-edits.ts';
import { CodebookError } from '../../../../shared/codebook/codebook-error.ts';
import { shortcutProblem } from '../../../../shared/codebook/shortcuts.ts';
import { CURATED_CODER_ID } from '../../../../shared/curation/curation-types.ts';
import type { Annotation } from '../../../../shared/model/annotation.ts';
import type { Tag } from '../../../../shared/model/codebook.ts';
import type { Handlers } from '../../../../shared/ipc/contract.ts';
import { ApiError } from '../../../../shared/ipc/errors.ts';
import type { ProjectStore } from '../../store/project-store.ts';
import { annotationEdit, type RecordEdit, toChangeSet } from '../../store/record-edit.ts';
import { backUpFirst, type ProjectSession } from '../project-session.ts';
import { requireTag } from './checks.ts';
import { keepMappingsConsistent } from './tag-mapping-handlers.ts';
import { because, type Message, message } from '../../../../shared/i18n/message.ts';
import { writeFile } from 'node:fs/promises';
import { limits } from '../../../../shared/model/limits.ts';
import { readTicket } from '../../files/read-ticket.ts';

type CodebookHandlers = Pick<
  Handlers,
  | 'getCodebook'
  | 'getTagUsage'
  | 'createTag'
  | 'updateTag'
  | 'mergeTags'
  | 'deleteTag'
  | 'exportCodebook'
  | 'importCodebook'
>;

/** Colours offered to new top-level tags, in turn: distinct on a white page and for most colour-blind readers. */
const palette = ['#e8a33d', '#3d8be8', '#4caf6e', '#c2457a', '#8a63d2', '#2aa3a3', '#d2663a', '#7a8a2e'];

/** The codebook: a tree of tags, edited, merged, deleted, exported and imported. */
export function codebookHandlers(session: ProjectSession): CodebookHandlers {
  return {
    async getCodebook() {
      return session.store.codebook();
    },

    async getTagUsage() {
      const usage: Record<string, number> = {};
      for (const a of session.store.allAnnotations()) usage[a.tagId] = (usage[a.tagId] ?? 0) + 1;
      return usage;
    },

    async createTag(input) {
      return session.change(message('history:addTag', { name: input.name }), async (s) => {
        const tags = s.codebook().tags;
        const parent = input.parent ? requireTag(s, input.parent) : null;
        const tag: Tag = {
          id: randomUUID(),
          name: input.name,
          parent: parent?.id ?? null,
          color: input.color ?? parent?.color ?? palette[tags.filter((t) => !t.parent).length % palette.length]!,
          description: input.description ?? '',
          shortcut: input.shortcut ?? null,
          kind: input.kind ?? parent?.kind ?? 'plain',
        };
        refuseShortcut(tags, tag.id, tag.shortcut);
        const next = attempt(() => addTag(tags, tag));
        return { edit: { codebook: { ...s.codebook(), tags: next } }, result: tag };
      });
    },

    async updateTag({ tagId, ...changes }) {
      const current = requireTag(session.store, tagId);
      return session.change(tagLabel(current, changes), async (s) => {
        requireTag(s, tagId);
        if (changes.shortcut !== undefined) refuseShortcut(s.codebook().tags, tagId, changes.shortcut);
        if (changes.parent) requireTag(s, changes.parent);
        const next = attempt(() => updateTag(s.codebook().tags, tagId, changes));
        const tag = next.find((t) => t.id === tagId)!;
        return { edit: { codebook: { ...s.codebook(), tags: next } }, result: tag };
      });
    },

    async mergeTags({ fromId, intoId }) {
      const s0 = session.store;
      const label = message('history:mergeTags', {
        from: requireTag(s0, fromId).name,
        into: requireTag(s0, intoId).name,
      });
      return session.change(
        label,
        async (s) => {
          // Every layer is retagged, not only mine (no requireOwnLayer): the codebook is shared, its tags are the project's.
          const plan = attempt(() => planMerge(s.codebook().tags, fromId, intoId));
          const edit: RecordEdit = {
            codebook: { ...s.codebook(), tags: plan.tags },
            annotations: retagged(s, plan.retag),
          };
          keepMappingsConsistent(s, edit, plan.retag);
          return { edit, result: toChangeSet(edit) };
        },
        backUpFirst,
      );
    },

    async deleteTag({ tagId, moveTo, deleteAnnotations }) {
      const tag = requireTag(session.store, tagId);
      return session.change(
        message('history:deleteTag', { name: tag.name }),
        async (s) => {
          const tags = s.codebook().tags;
          if (moveTo && deleteAnnotations) {
            throw new ApiError('invalid-input', message('errors:moveOrDelete'));
          }
          if (moveTo) requireTag(s, moveTo);
          const plan = attempt(() => planDelete(tags, tagId, moveTo ? { moveTo } : 'delete-annotations'));
          const doomed = new Set(plan.removedTagIds);
          // Every layer's annotations of the tag (no requireOwnLayer): a shared tag cannot leave a colleague's dangling.
          const using = [...s.allAnnotations()].filter((a) => doomed.has(a.tagId));
          if (using.length > 0 && !moveTo && !deleteAnnotations) {
            throw new ApiError('conflict', message('errors:tagInUse', { count: using.length, tag: tag.name }));
          }
          if (!moveTo) refuseCuratedUse(using, tag.name);
          const edit: RecordEdit = { codebook: { ...s.codebook(), tags: plan.tags } };
          edit.annotations = moveTo ? retagged(s, plan.retag) : annotationEdit([], using).annotations;
          keepMappingsConsistent(s, edit, plan.retag);
          return { edit, result: toChangeSet(edit) };
        },
        backUpFirst,
      );
    },

    async exportCodebook({ to }) {
      const s = session.store;
      const text = serializeCodebookFile(s.codebook(), s.info().name, new Date());
      return session.files.save(to, (temp) => writeFile(temp, text, 'utf8'));
    },

    async importCodebook({ file }) {
      const { bytes } = await readTicket(session.files, file, limits.importFileBytes, codebookTooLarge);
      const parsed = parseCodebookFile(bytes.toString('utf8').replace(/^\uFEFF/, ''));
      if (!parsed.ok) throw new ApiError('invalid-input', because('errors:codebookNotImportedBecause', parsed.text));
      return session.change(
        message('history:importCodebook'),
        async (s) => {
          const merged = mergeCodebooks(s.codebook().tags, parsed.file.tags);
          const codebook = { ...s.codebook(), tags: merged.tags };
          const result = {
            codebook,
            added: merged.added,
            updated: merged.updated,
            shortcutConflicts: merged.shortcutConflicts,
          };
          return { edit: merged.added + merged.updated > 0 ? { codebook } : null, result };
        },
        backUpFirst,
      );
    },
  };
}

function codebookTooLarge(): Message {
  return message('files:tooLarge', { max: Math.round(limits.importFileBytes / 2 ** 20) });
}

/** Runs a pure codebook edit, turning its refusal into an ApiError with the same code and text. */
function attempt<T>(edit: () => T): T {
  try {
    return edit();
  } catch (error) {
    if (error instanceof CodebookError) throw new ApiError(error.code, error.text);
    throw new ApiError('invalid-input', (error as Error).message);
  }
}

/**
 * The curated layer is the team's result and changes only through curation
 * decisions: deleting its annotations with their tag would leave decisions
 * naming a result that exists nowhere (and a bundle the next import refuses).
 * Moving them to another tag, as a merge does, is a relabel the decisions
 * survive (same annotation, same result id), so only deletion is refused.
 */
function refuseCuratedUse(using: readonly Annotation[], tag: string): void {
  const curated = using.filter((a) => a.coderId === CURATED_CODER_ID).length;
  if (curated > 0) throw new ApiError('conflict', message('curation:error-tagUsedByCurated', { count: curated, tag }));
}

function refuseShortcut(tags: readonly Tag[], tagId: string, key: string | null | undefined): void {
  const problem = key ? shortcutProblem(tags, tagId, key) : null;
  if (problem) throw new ApiError('conflict', problem);
}

/** Every annotation whose tag is in `retag`, moved to its new tag. */
function retagged(s: ProjectStore, retag: ReadonlyMap<string, string>) {
  const now = new Date().toISOString();
  const moved: Annotation[] = [];
  for (const a of s.allAnnotations()) {
    const to = retag.get(a.tagId);
    if (to && to !== a.tagId) moved.push({ ...a, tagId: to, modified: now });
  }
  return annotationEdit(moved).annotations;
}

function tagLabel(tag: Tag, changes: Partial<Tag>): Message {
  const name = { name: tag.name };
  if (changes.name !== undefined && changes.name !== tag.name)
    return message('history:renameTag', { ...name, to: changes.name });
  if (changes.parent !== undefined) return message('history:moveTag', name);
  if (changes.color !== undefined) return message('history:recolourTag', name);
  if (changes.shortcut !== undefined) return message('history:changeShortcut', name);
  return message('history:editTag', name);
}
