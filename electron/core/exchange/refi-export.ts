import { writeFile } from 'node:fs/promises';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { ApiError } from '../../../shared/ipc/errors.ts';
import { message } from '../../../shared/i18n/message.ts';
import type { ExchangeExportCounts, LeftOut } from '../../../shared/formats/exchange/exchange-types.ts';
import { isWellFormedText } from '../../../shared/formats/bundle/bundle-text.ts';
import { writeCodebookQdc } from '../../../shared/formats/refi/write-codebook-qdc.ts';
import { RefiWriteProblem } from '../../../shared/formats/refi/write-problem.ts';
import { ProjectQdeWriter } from '../../../shared/formats/refi/write-project-qde.ts';
import { appVersion } from '../bundles/app-version.ts';
import { type ZipWriteEntry, writeZip } from '../bundles/zip-writer.ts';
import type { ExchangeWriter } from './exchange-io.ts';

/** What the files say made them (Project/@origin, CodeBook/@origin). */
function origin(): string {
  return `Glossator ${appVersion()}`;
}

/**
 * A REFI-QDA project (.qdpx): a zip of sources/<guid>.txt — each
 * document's stored text (NFC, LF), UTF-8 without a BOM, read one at a
 * time — and project.qde, written last, once every source is known. The
 * positions count code points of exactly those files. See
 * ProjectQdeWriter for the mapping.
 */
export const writeQdpx: ExchangeWriter = async (input, path) => {
  const { snapshot } = input;
  const qde = new ProjectQdeWriter(snapshot, { origin: origin(), created: new Date().toISOString() });
  let links = 0;
  let linksLeftOut = snapshot.linksLeftOut;
  async function* entries(): AsyncGenerator<ZipWriteEntry> {
    for (const doc of snapshot.documents) {
      const text = await input.text(doc.info.id);
      // A lone surrogate cannot be UTF-8: the file would not hold the text the positions count.
      if (!isWellFormedText(text)) {
        throw new ApiError('invalid-input', message('bundles:textNotUnicode', { title: doc.info.title }));
      }
      const file = refusing(() => qde.source(doc, text));
      yield { name: file.path, data: file.text };
      // Between documents, let saves and calls of the window through.
      await nextTurn();
    }
    const project = qde.finish();
    links = project.links;
    linksLeftOut += project.linksLeftOut;
    yield { name: 'project.qde', data: project.xml };
  }
  await writeZip(path, entries());
  const leftOut: LeftOut[] = [];
  if (qde.orphaned) {
    leftOut.push({
      kind: 'annotation',
      count: qde.orphaned,
      reason: message('exchange:refi-orphanedLeftOut', { count: qde.orphaned }),
    });
  }
  if (linksLeftOut) {
    leftOut.push({
      kind: 'link',
      count: linksLeftOut,
      reason: message('exchange:refi-linkEndLeftOut', { count: linksLeftOut }),
    });
  }
  return counts('qdpx', {
    documents: snapshot.documents.length,
    annotations: qde.annotations,
    links,
    coders: snapshot.coders.length,
    leftOut,
  });
};

/** A REFI-QDA codebook (.qdc): the project's tags, nested, with colours and descriptions. */
export const writeQdc: ExchangeWriter = async (input, path) => {
  const { tags } = input.snapshot;
  if (!tags.length) throw new ApiError('invalid-input', message('exchange:refi-emptyCodebook'));
  await writeFile(path, writeCodebookQdc(tags, origin()), 'utf8');
  return counts('qdc', { documents: 0, annotations: 0, links: 0, coders: 0, leftOut: [] });
};

/** The pure writer's refusal as the wire's error. */
function refusing<T>(write: () => T): T {
  try {
    return write();
  } catch (error) {
    if (error instanceof RefiWriteProblem) throw new ApiError(error.changed ? 'conflict' : 'invalid-input', error.text);
    throw error;
  }
}

function counts(
  format: 'qdpx' | 'qdc',
  rest: Omit<ExchangeExportCounts, 'format' | 'offsetUnit'>,
): ExchangeExportCounts {
  return { format, offsetUnit: 'code-points', ...rest };
}
