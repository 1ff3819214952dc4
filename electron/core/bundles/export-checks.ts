import { ApiError } from '../../../shared/ipc/errors.ts';
import { message } from '../../../shared/i18n/message.ts';
import type { DocumentText } from '../../../shared/model/document.ts';
import { BundleIds } from '../../../shared/formats/bundle/bundle-ids.ts';
import { bundlePaths } from '../../../shared/formats/bundle/bundle-paths.ts';
import { BundleProblem } from '../../../shared/formats/bundle/bundle-problem.ts';
import { isWellFormedText } from '../../../shared/formats/bundle/bundle-text.ts';
import { checkLayer, checkLinks } from '../../../shared/formats/bundle/check-layer.ts';
import { checkTables } from '../../../shared/formats/bundle/check-tables.ts';
import type { ExportSnapshot, SnapshotDocument } from './export-snapshot.ts';

/**
 * What an export writes must read back: the reader's own checks (see
 * readBundle), run on the snapshot before and while it is written, so a
 * project holding something a bundle may not (a reference to a record that
 * is gone, an id used for two kinds) fails its export with the reason,
 * rather than the colleague's import.
 */
export class ExportChecks {
  private readonly ids = new BundleIds();

  constructor(snapshot: ExportSnapshot) {
    refusing(() => {
      checkTables(snapshot, this.ids);
      for (const doc of snapshot.documents) this.ids.add('document', doc.info.id, bundlePaths.document(doc.info.id));
      for (const doc of snapshot.documents) {
        for (const [coderId, list] of doc.layers) {
          for (const a of list) this.ids.add('annotation', a.id, bundlePaths.annotations(doc.info.id, coderId));
        }
      }
      for (const [coderId, links] of snapshot.links) {
        for (const l of links) this.ids.add('link', l.id, bundlePaths.links(coderId));
        checkLinks(bundlePaths.links(coderId), coderId, links, this.ids);
      }
    });
  }

  /**
   * A document with the text read for it: a text UTF-8 cannot hold (a lone
   * surrogate would come back as U+FFFD) is refused, one of another length
   * than its record was changed meanwhile, and each annotation must quote
   * its text and name records the bundle holds.
   */
  document(doc: SnapshotDocument, { text, originalText }: DocumentText): void {
    const title = doc.info.title;
    if (!isWellFormedText(text) || !isWellFormedText(originalText)) {
      throw new ApiError('invalid-input', message('bundles:textNotUnicode', { title }));
    }
    if (text.length !== doc.info.textLength) {
      throw new ApiError('conflict', message('bundles:changedDuringExport', { title }));
    }
    for (const annotations of doc.layers.values()) {
      for (const a of annotations) {
        const fits = a.end <= text.length && (a.orphaned || text.slice(a.start, a.end) === a.quote.exact);
        if (!fits) throw new ApiError('invalid-input', message('bundles:exportQuoteDiffers', { id: a.id, title }));
      }
    }
    refusing(() => {
      for (const [coderId, annotations] of doc.layers) {
        const file = bundlePaths.annotations(doc.info.id, coderId);
        checkLayer(file, { documentId: doc.info.id, coderId }, annotations, text, this.ids);
      }
    });
  }
}

function refusing(check: () => void): void {
  try {
    check();
  } catch (error) {
    if (error instanceof BundleProblem) throw new ApiError('invalid-input', error.text);
    throw error;
  }
}
