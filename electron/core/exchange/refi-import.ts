import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { lstat, open, readFile, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, normalize, relative, sep } from 'node:path';
import type { BundleDocument } from '../../../shared/formats/bundle/bundle-contents.ts';
import type { ForeignContents } from '../../../shared/formats/exchange/exchange-types.ts';
import { readCodebookXml } from '../../../shared/formats/refi/read-codebook.ts';
import { type MappedRefi, mapRefiProject } from '../../../shared/formats/refi/read-contents.ts';
import { mapCodes } from '../../../shared/formats/refi/read-tags.ts';
import { derivedId, GuidKinds } from '../../../shared/formats/refi/read-ids.ts';
import { RefiProblem } from '../../../shared/formats/refi/read-problem.ts';
import { readProjectXml } from '../../../shared/formats/refi/read-project.ts';
import type { RefiProject, RefiTextPlace } from '../../../shared/formats/refi/read-records.ts';
import { because, type MessageKey, message } from '../../../shared/i18n/message.ts';
import { ApiError } from '../../../shared/ipc/errors.ts';
import { decodeText } from '../../../shared/text/decode-text.ts';
import type { ExchangeReader } from './exchange-io.ts';
import { openZip, type ZipArchive, type ZipCaps } from '../bundles/zip-reader.ts';
import { megabytes } from '../bundles/zip-refusal.ts';

const MiB = 1024 * 1024;

/**
 * What a .qdpx may claim before anything of it is inflated: a project of
 * tens of thousands of sources fits; a bomb (a ratio past 200) or an absurd
 * size is refused by the zip reader before it costs memory.
 */
export const qdpxZipCaps: Partial<ZipCaps> = {
  maxEntries: 200_000,
  maxEntryBytes: 256 * MiB,
  maxTotalBytes: 4 * 1024 * MiB,
};
/** The most bytes of XML read (project.qde, a .qdc): a project of 1,000 sources and 50,000 codings is about 20 MB. */
export const maxXmlBytes = 64 * MiB;
/** The most bytes of one source text (a document holds at most 20 M UTF-16 units: at most 60 MB of UTF-8). */
export const maxSourceBytes = 64 * MiB;

/** The most bytes of source and note texts one import reads in all (each kept in memory until the import ends). */
export const maxTextBytes = 1024 * MiB;

/** The words the zip reader uses for "not a zip at all" (the rest say what is wrong with a zip). */
const notZipKeys = new Set([
  'bundleFile:notZip',
  'bundleFile:notZipEmpty',
  'bundleFile:notZipPdf',
  'bundleFile:notZipText',
  'bundleFile:notZipArchive',
]);

/** The zip reader's refusals of absurd sizes and bombs, worded for a .qdpx (same parameters, and the file). */
const ownWords: Record<string, MessageKey> = {
  'bundleFile:bomb': 'exchange:refi-bomb',
  'bundleFile:entryTooLarge': 'exchange:refi-entryTooLarge',
  'bundleFile:archiveTooLarge': 'exchange:refi-archiveTooLarge',
};

/**
 * Reads a REFI-QDA project (.qdpx, as MAXQDA, ATLAS.ti, NVivo and QualCoder
 * write it) whole, checks it and closes it before answering: the answer
 * holds every record in memory and nothing open, and a refusal leaves
 * nothing behind. Refusals are ApiError('invalid-input', exchange:refi-…).
 */
export const readQdpx: ExchangeReader = (path, name) => readQdpxWithin(path, name);

/** readQdpx, with the budget for the texts it reads (all of them, counted as bytes read) given. */
export async function readQdpxWithin(path: string, name: string, textBudget = maxTextBytes) {
  let zip: ZipArchive;
  try {
    zip = await openZip(path, qdpxZipCaps);
  } catch (error) {
    throw zipRefusal(error, name);
  }
  try {
    const project = await readProject(zip, name);
    const texts = await readTexts(zip, project, path, name, textBudget);
    const mapped = mapRefiProject({
      project,
      texts: texts.byGuid,
      file: name,
      fallbackTime: await fileTime(path),
      sha256,
    });
    if (texts.otherEncodings > 0)
      mapped.notes.push(message('exchange:refi-sourceEncoding', { count: texts.otherEncodings }));
    return contents('qdpx', mapped);
  } catch (error) {
    throw refusalOf(error, name);
  } finally {
    await zip.close().catch(() => {});
  }
}

/** Reads a REFI-QDA codebook (.qdc): its codes, any depth, as tags; no documents, coders or layers. */
export const readQdc: ExchangeReader = async (path, name) => {
  try {
    const size = (await stat(path)).size;
    if (size > maxXmlBytes) {
      throw new RefiProblem(
        message('exchange:refi-fileTooLarge', { file: name, size: megabytes(size), max: megabytes(maxXmlBytes) }),
      );
    }
    const bytes = await readFile(path);
    if (bytes.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1'))) {
      throw new RefiProblem(message('exchange:refi-qdcIsZip', { file: name }));
    }
    const codebook = readCodebookXml(decodeXml(bytes, name), name);
    const tags = mapCodes(codebook.codes, new GuidKinds(), name, () => []);
    const time = await fileTime(path);
    const exportedBy = { id: derivedId('refi-file', name), name };
    return contents('qdc', {
      origin: {
        formatVersion: 1,
        appVersion: codebook.origin ?? 'REFI-QDA',
        created: time,
        exportedBy,
        project: { id: derivedId('refi-project', name), name },
      },
      coders: [],
      layers: [],
      tags,
      actors: [],
      concepts: [],
      linkTypes: [],
      documents: [],
      annotations: new Map(),
      links: [],
      rejected: [],
      notes: [],
    });
  } catch (error) {
    throw refusalOf(error, name);
  }
};

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The file's modification time: what records get when the file gives no time (the same on a re-import). */
async function fileTime(path: string): Promise<string> {
  return (await stat(path)).mtime.toISOString();
}

async function readProject(zip: ZipArchive, file: string): Promise<RefiProject> {
  // The standard names it project.qde; a tool that names it otherwise still writes one .qde at the top.
  const entry =
    zip.entries().find((e) => e.name === 'project.qde') ??
    zip.entries().find((e) => !e.name.includes('/') && e.name.toLowerCase().endsWith('.qde'));
  if (!entry) throw new RefiProblem(message('exchange:refi-noProjectQde', { file }));
  if (entry.size > maxXmlBytes) throw tooLarge(entry.name, entry.size, maxXmlBytes, file);
  return readProjectXml(decodeXml(await zip.read(entry.name), entry.name), entry.name);
}

function tooLarge(name: string, size: number, max: number, file: string): RefiProblem {
  return new RefiProblem(
    message('exchange:refi-entryTooLarge', { file, name, size: megabytes(size), max: megabytes(max) }),
  );
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** An XML file's text: UTF-8 (a BOM before `<?xml` tolerated, as tools write one), or UTF-16 with its BOM. */
function decodeXml(bytes: Buffer, file: string): string {
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le', { fatal: true }).decode(bytes);
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be', { fatal: true }).decode(bytes);
    return utf8.decode(bytes);
  } catch {
    throw new RefiProblem(message('exchange:refi-notUtf8', { file }));
  }
}

/**
 * The text of every source and note whose text is a file: internal:// in the
 * archive's sources/ (or Sources/, as some tools write it; matched without
 * regard to case, as on the Windows disks they come from), relative:// in
 * the archive or beside the .qdpx (never above it). A text the project names
 * and lacks refuses the file: a half-imported project is worse than none.
 */
async function readTexts(
  zip: ZipArchive,
  project: RefiProject,
  qdpxPath: string,
  file: string,
  textBudget: number,
): Promise<{ byGuid: Map<string, string>; otherEncodings: number }> {
  let read = 0;
  const overBudget = () =>
    new RefiProblem(message('exchange:refi-textsTooLarge', { file, max: megabytes(textBudget) }));
  const byName = new Map<string, string>();
  const sizes = new Map<string, number>();
  for (const e of zip.entries()) {
    byName.set(e.name.toLowerCase(), e.name);
    sizes.set(e.name, e.size);
  }
  const byGuid = new Map<string, string>();
  let otherEncodings = 0;
  const holders: Array<{ guid: string; name: string | null; place: RefiTextPlace }> = [
    ...project.sources,
    ...project.notes,
  ];
  for (const { guid, name, place } of holders) {
    if (place.kind === 'content' || place.kind === 'none') continue;
    const shown = name ?? guid;
    if (place.kind === 'absolute') {
      throw new RefiProblem(message('exchange:refi-absoluteSource', { name: shown, path: place.path }));
    }
    const path = place.path.replace(/\\/g, '/').replace(/^\/+/, '');
    const inZip = [`sources/${path}`, path].map((p) => byName.get(p.toLowerCase())).find((p) => p !== undefined);
    let bytes: Buffer | null = null;
    if (inZip !== undefined) {
      const size = sizes.get(inZip) ?? 0;
      if (size > maxSourceBytes) throw tooLarge(inZip, size, maxSourceBytes, file);
      if (read + size > textBudget) throw overBudget();
      bytes = await zip.read(inZip);
    } else if (place.kind === 'relative') {
      bytes = await readBeside(qdpxPath, path, project.basePath, file, textBudget - read, overBudget);
    }
    if (bytes !== null) {
      read += bytes.length;
      if (read > textBudget) throw overBudget();
    }
    if (bytes === null) {
      throw new RefiProblem(
        message('exchange:refi-missingSource', { name: shown, path: `${place.kind}://${place.path}`, file }),
      );
    }
    const decoded = bytes.length === 0 ? { ok: true as const, text: '', encoding: 'utf-8' } : decodeText(bytes);
    if (!decoded.ok) {
      throw new RefiProblem(because('exchange:refi-sourceNotText', decoded.reason, { name: shown, path: place.path }));
    }
    if (decoded.encoding !== 'utf-8') otherEncodings += 1;
    byGuid.set(guid, decoded.text);
  }
  return { byGuid, otherEncodings };
}

/**
 * A relative:// text from beside the .qdpx: the path taken from the
 * .qdpx's own folder, or from a folder there named as the basePath's last
 * folder (the sources folder copied along with the project); never above
 * the .qdpx's folder, and never the basePath itself (a place on the machine
 * that wrote the file). Null when there is none.
 */
async function readBeside(
  qdpxPath: string,
  path: string,
  basePath: string | null,
  file: string,
  left: number,
  overBudget: () => RefiProblem,
): Promise<Buffer | null> {
  const folder = dirname(qdpxPath);
  const baseName = basePath
    ?.split(/[\\/]/)
    .filter((p) => p !== '' && p !== '.' && p !== '..')
    .pop();
  for (const candidate of baseName ? [path, `${baseName}/${path}`] : [path]) {
    const target = normalize(join(folder, candidate));
    if (isAbsolute(candidate) || !target.startsWith(folder + sep)) continue;
    // Never a hidden file or folder (.ssh, .git, .env), and never through a link: only plain files below the folder.
    const segments = relative(folder, target).split(sep);
    if (segments.some((s) => s.startsWith('.'))) {
      throw new RefiProblem(message('exchange:refi-hiddenSource', { path: `relative://${path}`, file }));
    }
    let reached = true;
    for (let i = 1; i <= segments.length && reached; i++) {
      const info = await lstat(join(folder, ...segments.slice(0, i))).catch(() => null);
      if (!info) reached = false;
      else if (info.isSymbolicLink()) {
        throw new RefiProblem(message('exchange:refi-linkedSource', { path: `relative://${path}`, file }));
      } else if (i === segments.length && !info.isFile()) {
        throw new RefiProblem(message('exchange:refi-sourceNotFile', { path: `relative://${path}`, file }));
      }
    }
    if (!reached) continue;
    const handle = await open(target, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0)).catch(() => null);
    if (!handle) continue;
    try {
      const info = await handle.stat();
      if (!info.isFile()) {
        throw new RefiProblem(message('exchange:refi-sourceNotFile', { path: `relative://${path}`, file }));
      }
      if (info.size > maxSourceBytes) throw tooLarge(basename(target), info.size, maxSourceBytes, file);
      if (info.size > left) throw overBudget();
      return await handle.readFile();
    } finally {
      await handle.close().catch(() => {});
    }
  }
  return null;
}

function zipRefusal(error: unknown, file: string): unknown {
  if (error instanceof ApiError && error.text) {
    if (notZipKeys.has(error.text.key)) return new ApiError('invalid-input', message('exchange:refi-notZip', { file }));
    // The refusals a user meets most, in words about a project rather than a bundle; the rest wrapped.
    const own = ownWords[error.text.key];
    if (own) return new ApiError('invalid-input', message(own, { ...error.text.params, file }));
    if (error.code === 'invalid-input')
      return new ApiError('invalid-input', because('exchange:refi-badZip', error.text, { file }));
  }
  return error;
}

/** A pure check's RefiProblem as the contract's refusal; a zip's own refusal worded for a .qdpx. */
function refusalOf(error: unknown, file: string): unknown {
  if (error instanceof RefiProblem) return new ApiError('invalid-input', error.text);
  return zipRefusal(error, file);
}

/** The mapped project as the bundle importer's contents: every record in memory, nothing left open. */
function contents(format: 'qdpx' | 'qdc', mapped: MappedRefi): ForeignContents {
  const documents = new Map<string, BundleDocument>(mapped.documents.map((d) => [d.info.id, d]));
  const known = (id: string): BundleDocument => {
    const doc = documents.get(id);
    if (!doc) throw new ApiError('not-found', message('bundles:notInBundle', { id }));
    return doc;
  };
  return {
    format,
    origin: mapped.origin,
    coders: mapped.coders,
    layers: mapped.layers,
    tags: mapped.tags,
    actors: mapped.actors,
    linkTypes: mapped.linkTypes,
    concepts: mapped.concepts,
    tagMappings: [],
    // Another tool's file carries no curation.
    curation: null,
    documentInfos: mapped.documents.map((d) => d.info),
    document: async (id) => known(id),
    textSha256: (id) => known(id).info.sourceHash as string,
    annotations: async (id) => [...(mapped.annotations.get(known(id).info.id) ?? [])],
    links: mapped.links,
    close: async () => {},
    rejected: mapped.rejected,
    notes: mapped.notes,
  };
}
