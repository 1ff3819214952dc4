import { randomUUID } from 'node:crypto';
import type { Handlers } from '../../../../shared/ipc/contract.ts';
import { ApiError } from '../../../../shared/ipc/errors.ts';
import type { AnnotationRow } from '../../../../shared/ipc/results.ts';
import type { Concept } from '../../../../shared/model/concept.ts';
import { compareNames } from '../../../../shared/text/compare-names.ts';
import { findNameClash } from '../../../../shared/text/unique-names.ts';
import { compareStatementDates, rowStatementDate } from '../../../../shared/library/statement-date.ts';
import { annotationEdit, toChangeSet } from '../../store/record-edit.ts';
import type { ProjectStore } from '../../store/project-store.ts';
import type { ProjectSession } from '../project-session.ts';
import { requireConcept } from './checks.ts';
import { message } from '../../../../shared/i18n/message.ts';

type ConceptHandlers = Pick<
  Handlers,
  'listConcepts' | 'createConcept' | 'updateConcept' | 'deleteConcept' | 'getConceptTimeline'
>;

/** Concepts: the policy ideas statements are grouped under, and each one's timeline. */
export function conceptHandlers(session: ProjectSession): ConceptHandlers {
  const requireUniqueName = (s: ProjectStore, name: string, except?: string) => {
    const clash = findNameClash(s.concepts(), name, except);
    if (clash) throw new ApiError('conflict', message('errors:conceptExists', { name: clash.name }));
  };

  return {
    async listConcepts({ coderId }) {
      const s = session.store;
      const counts = new Map<string, number>();
      for (const a of s.allAnnotations()) {
        // Every concept is listed; only the counts are the one layer's (the curated layer's, say).
        if (!a.conceptId || (coderId && a.coderId !== coderId)) continue;
        counts.set(a.conceptId, (counts.get(a.conceptId) ?? 0) + 1);
      }
      return [...s.concepts()]
        .sort((a, b) => compareNames(a.name, b.name))
        .map((concept) => ({ concept, statementCount: counts.get(concept.id) ?? 0 }));
    },

    async createConcept({ name, description }) {
      return session.change(message('history:addConcept', { name }), async (s) => {
        requireUniqueName(s, name);
        const now = new Date().toISOString();
        const concept: Concept = {
          id: randomUUID(),
          name,
          description: description ?? '',
          created: now,
          modified: now,
        };
        return { edit: { concepts: [{ id: concept.id, after: concept }] }, result: concept };
      });
    },

    async updateConcept({ conceptId, name, description }) {
      return session.change(message('history:editConcept'), async (s) => {
        const next: Concept = { ...requireConcept(s, conceptId), modified: new Date().toISOString() };
        if (name !== undefined) {
          requireUniqueName(s, name, conceptId);
          next.name = name;
        }
        if (description !== undefined) next.description = description;
        return { edit: { concepts: [{ id: conceptId, after: next }] }, result: next };
      });
    },

    async deleteConcept({ conceptId }) {
      return session.change(message('history:deleteConcept'), async (s) => {
        const concept = requireConcept(s, conceptId);
        const now = new Date().toISOString();
        // In every layer (no requireOwnLayer): concepts are shared, none may point to a deleted one.
        const grouped = [...s.allAnnotations()].filter((a) => a.conceptId === conceptId);
        const edit = annotationEdit(
          grouped.map((a) => {
            const { conceptId: _, ...rest } = a;
            return { ...rest, modified: now };
          }),
        );
        edit.concepts = [{ id: concept.id, after: null }];
        return { edit, result: toChangeSet(edit) };
      });
    },

    async getConceptTimeline({ conceptId, coderId }) {
      const s = session.store;
      const concept = requireConcept(s, conceptId);
      const statements: AnnotationRow[] = [];
      for (const doc of s.listDocumentInfos()) {
        for (const annotation of s.annotations(doc.id)) {
          if (annotation.conceptId === conceptId && (!coderId || annotation.coderId === coderId)) {
            statements.push({ annotation, documentTitle: doc.title, documentDate: doc.metadata.date ?? null });
          }
        }
      }
      // Undated statements last; equal dates keep corpus order (the sort is stable).
      const dated = statements.map((row) => ({ row, date: rowStatementDate(row) }));
      dated.sort((a, b) => compareStatementDates(a.date, b.date));
      return { concept, statements: dated.map((d) => d.row) };
    },
  };
}
