import { writeFile } from 'node:fs/promises';
import { summaryTableCsv, unitsTableCsv } from '../../../../shared/agreement/agreement-csv.ts';
import { agreementReport } from '../../../../shared/agreement/agreement-report.ts';
import type { DocumentDisagreements } from '../../../../shared/agreement/agreement-types.ts';
import { compareDocument, documentComparer } from '../../../../shared/agreement/compare-document.ts';
import type { Handlers } from '../../../../shared/ipc/contract.ts';
import type { Annotation } from '../../../../shared/model/annotation.ts';
import type { ProjectSession } from '../project-session.ts';
import { agreementInput, chosenCoders } from './agreement-input.ts';

type AgreementCalls = Pick<
  Handlers,
  'compareDocument' | 'listDisagreements' | 'computeAgreement' | 'exportAgreementTable'
>;

/**
 * Comparing coders and measuring their agreement: the core gathers the
 * layers, the codebook and the tag mappings from the open project; every
 * figure comes from the pure functions in shared/agreement. Nothing here
 * writes to the project.
 */
export function agreementHandlers(session: ProjectSession): AgreementCalls {
  return {
    async compareDocument({ documentId, coderIds, unit }) {
      const store = session.store;
      chosenCoders(store, coderIds);
      const info = store.documentInfo(documentId);
      return compareDocument({
        documentId,
        documentDate: info.metadata.date ?? null,
        annotations: store.annotationsOf(documentId),
        coderIds,
        codebook: store.codebook(),
        mappings: store.tagMappings(),
        rule: unit,
      });
    },

    async listDisagreements({ coderIds, unit }) {
      const store = session.store;
      chosenCoders(store, coderIds);
      const comparer = documentComparer({
        coderIds,
        codebook: store.codebook(),
        mappings: store.tagMappings(),
        rule: unit,
      });
      const chosen = new Set(coderIds);
      const listed: DocumentDisagreements[] = [];
      for (const info of store.listDocumentInfos()) {
        const annotations = store.annotationsOf(info.id);
        // Most documents of a large corpus hold one coder's layer or none: skipped before any unit is formed.
        if (!codedByTwo(annotations, chosen)) continue;
        listed.push(comparer.disagreements(info, annotations));
      }
      return listed.sort(
        (a, b) => b.disagreements - a.disagreements || b.units - a.units || a.title.localeCompare(b.title),
      );
    },

    async computeAgreement(query) {
      return agreementReport(agreementInput(session.store, query));
    },

    async exportAgreementTable({ query, table, to }) {
      const input = agreementInput(session.store, query);
      const text = table === 'units' ? unitsTableCsv(input) : summaryTableCsv(agreementReport(input), input);
      return session.files.save(to, (temp) => writeFile(temp, text, 'utf8'));
    },
  };
}

/** Whether two or more of the chosen coders have an annotation among these (stops at the second). */
function codedByTwo(annotations: readonly Annotation[], chosen: ReadonlySet<string>): boolean {
  let first: string | null = null;
  for (const a of annotations) {
    if (!chosen.has(a.coderId) || a.coderId === first) continue;
    if (first !== null) return true;
    first = a.coderId;
  }
  return false;
}
