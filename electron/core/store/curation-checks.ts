import type { CurationDecision } from '../../../shared/curation/curation-types.ts';
import type { CurationFile } from '../../../shared/model/project.ts';
import type { Mismatch } from './read-store-file.ts';

/**
 * What a project's curation files must agree on before their decisions are
 * used. A file that breaks a rule is set aside whole, like any damaged
 * store file: half a file's decisions could leave a unit decided by a
 * decision whose replacement was dropped. Every check is deterministic (by
 * file name), so two opens of the same folder set aside the same files.
 */

/** A curation file as read: its path in the project, the document its name gives, what it holds. */
export interface CurationRead {
  rel: string;
  documentId: string;
  file: CurationFile;
}

/**
 * One file on its own: it is the curation of the document its name gives
 * (the schema already refuses a status or decision of another document
 * inside it), and no decision is in it twice (a second copy would stand or
 * be replaced without the first).
 */
export function curationFileMismatch(f: CurationFile, documentId: string): Mismatch | null {
  if (f.documentId !== documentId) return { what: 'otherDocument', named: f.documentId, expected: documentId };
  const seen = new Set<string>();
  for (const d of f.decisions) {
    if (seen.has(d.id)) return { what: 'decisionTwice', decision: d.id, named: d.id };
    seen.add(d.id);
  }
  return null;
}

/**
 * The files, in name order, that the whole set refuses, with why:
 * - the curation of a document the project does not hold (deleting a
 *   document removes its curation in the same journalled change, and an
 *   undo brings both back in one, so no crash leaves one without the other);
 * - a decision another file, earlier by name, already holds (the earlier
 *   file is kept: the same choice at every open);
 * - decisions that replace one another in a circle, which would leave every
 *   one of them replaced: the unit would read as undecided and a merge
 *   would copy it again. Every file holding a decision of the circle goes.
 */
export function crossCheckCuration(
  files: readonly CurationRead[],
  hasDocument: (documentId: string) => boolean,
): Map<string, Mismatch> {
  const refused = new Map<string, Mismatch>();
  const owner = new Map<string, string>();
  const byName = [...files].sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  for (const { rel, documentId, file } of byName) {
    if (!hasDocument(documentId)) {
      refused.set(rel, { what: 'noDocument', named: documentId });
      continue;
    }
    const taken = file.decisions.find((d) => owner.has(d.id));
    if (taken) {
      refused.set(rel, { what: 'decisionInTwoFiles', decision: taken.id, named: taken.id, other: owner.get(taken.id) });
      continue;
    }
    for (const d of file.decisions) owner.set(d.id, rel);
  }
  const kept = byName.filter((f) => !refused.has(f.rel));
  for (const cycle of replacesCycles(kept.flatMap((f) => f.file.decisions))) {
    const words = [...cycle, cycle[0]].join(' → ');
    for (const id of cycle) {
      const rel = owner.get(id);
      if (rel && !refused.has(rel)) refused.set(rel, { what: 'replacesCycle', named: id, decision: id, cycle: words });
    }
  }
  return refused;
}

/**
 * The circles of `replaces` among the decisions (ids in walk order), by a
 * depth-first walk that keeps its own stack: a long chain of re-decisions
 * in a hostile file cannot overflow the call stack. Ids naming no decision
 * here (one in a file set aside, or another project's) end a path.
 */
export function replacesCycles(decisions: readonly CurationDecision[]): string[][] {
  const byId = new Map(decisions.map((d) => [d.id, d]));
  const seen = new Map<string, 'walking' | 'done'>();
  const cycles: string[][] = [];
  for (const start of byId.keys()) {
    if (seen.has(start)) continue;
    seen.set(start, 'walking');
    const stack: Array<{ id: string; next: number }> = [{ id: start, next: 0 }];
    while (stack.length) {
      const top = stack[stack.length - 1] as { id: string; next: number };
      const replaces = byId.get(top.id)?.replaces ?? [];
      if (top.next >= replaces.length) {
        seen.set(top.id, 'done');
        stack.pop();
        continue;
      }
      const to = replaces[top.next++] as string;
      if (!byId.has(to)) continue;
      const state = seen.get(to);
      if (state === undefined) {
        seen.set(to, 'walking');
        stack.push({ id: to, next: 0 });
      } else if (state === 'walking') {
        cycles.push(stack.slice(stack.findIndex((f) => f.id === to)).map((f) => f.id));
      }
    }
  }
  return cycles;
}
