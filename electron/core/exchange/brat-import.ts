import { lstat, open, readdir } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { ForeignContents } from '../../../shared/formats/exchange/exchange-types.ts';
import { type BratCollection, readBratCollection } from '../../../shared/formats/brat/brat-collection.ts';
import { bratPaths, collectionFile } from '../../../shared/formats/brat/brat-layout.ts';
import { message } from '../../../shared/i18n/message.ts';
import { ApiError } from '../../../shared/ipc/errors.ts';
import { errorCode } from '../bundles/zip-entry-data.ts';
import { openZip } from '../bundles/zip-reader.ts';
import type { ExchangeReader } from './exchange-io.ts';

/** The most files a collection may hold (a 100,000-document collection has 200,000 and its conf files). */
const maxFiles = 500_000;
/** The largest .txt or .ann read: a text Glossator holds (20 M UTF-16 units) is at most about 60 MB as UTF-8. */
const maxFileBytes = 64 * 1024 * 1024;
/** The largest conf file or README read. */
const maxConfBytes = 16 * 1024 * 1024;

/** The files of a collection that an import reads: conf, README, every .txt and .ann. */
type Wanted = 'conf' | 'data' | null;

function wanted(path: string): Wanted {
  if (path === bratPaths.annotationConf || path === bratPaths.visualConf || path === bratPaths.readme) return 'conf';
  return collectionFile(path) ? 'data' : null;
}

/**
 * Reads a brat collection — a zip (checked by our zip reader: caps, names,
 * CRC) or a folder (walked without following links) — and hands the files to
 * the pure reader (shared/formats/brat/brat-collection.ts). A collection
 * with no .txt or .ann at all is refused; lines that cannot be placed are
 * listed in `rejected` and the rest imported.
 */
export const readBrat: ExchangeReader = async (path, name) => {
  let isFolder: boolean;
  try {
    isFolder = (await lstat(path)).isDirectory();
  } catch (error) {
    throw new ApiError('io', message('exchange:brat-unreadable', { code: errorCode(error) }));
  }
  const collection = isFolder ? await readFolder(path, name) : await readZip(path, name);
  if (collection.files.length === 0) throw new ApiError('invalid-input', message('exchange:brat-empty'));
  return readBratCollection(collection) satisfies ForeignContents;
};

/** The collection's name: the zip's or folder's name without its extension. */
function stem(name: string): string {
  const base = basename(name);
  return extname(base) ? base.slice(0, -extname(base).length) : base;
}

type Gathered = {
  name: string;
  annotationConf: string | null;
  visualConf: string | null;
  readme: string | null;
  files: Array<{ path: string; text: string | null }>;
};

/** Strict UTF-8 that keeps a BOM: brat counts it as character 0. */
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function decode(bytes: Uint8Array): string | null {
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}

function empty(name: string): Gathered {
  return { name: stem(name), annotationConf: null, visualConf: null, readme: null, files: [] };
}

function put(collection: Gathered, path: string, bytes: Uint8Array): void {
  if (wanted(path) === 'data') {
    collection.files.push({ path, text: decode(bytes) });
    return;
  }
  // Conf files are text; a BOM or a bad byte here is no reason to refuse the collection.
  const text = new TextDecoder('utf-8').decode(bytes);
  if (path === bratPaths.annotationConf) collection.annotationConf = text;
  else if (path === bratPaths.visualConf) collection.visualConf = text;
  else collection.readme = text;
}

async function readZip(path: string, name: string): Promise<BratCollection> {
  const zip = await openZip(path).catch((error: unknown) => {
    // Not a zip at all (text, a PDF, …): said as brat's; a damaged or hostile zip keeps the zip reader's words.
    if (error instanceof ApiError && error.text?.key.startsWith('bundleFile:notZip'))
      throw new ApiError('invalid-input', message('exchange:brat-notCollection'));
    throw error;
  });
  try {
    const collection = empty(name);
    const entries = zip.entries();
    if (entries.length > maxFiles) throw tooMany();
    for (const entry of entries) {
      const kind = wanted(entry.name);
      if (!kind) continue;
      const cap = kind === 'conf' ? maxConfBytes : maxFileBytes;
      if (entry.size > cap) throw tooLarge(entry.name, cap);
      put(collection, entry.name, await zip.read(entry.name, cap));
    }
    return collection;
  } finally {
    await zip.close();
  }
}

async function readFolder(root: string, name: string): Promise<BratCollection> {
  const collection = empty(name);
  let seen = 0;
  const walk = async (folder: string, prefix: string): Promise<void> => {
    let entries: import('node:fs').Dirent[];
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch (error) {
      throw new ApiError('io', message('exchange:brat-unreadable', { code: errorCode(error) }));
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (++seen > maxFiles) throw tooMany();
      const relative = `${prefix}${entry.name}`;
      // Links are not followed: a collection is what its folder holds, nothing outside it.
      if (entry.isDirectory() && !entry.name.startsWith('.')) await walk(join(folder, entry.name), `${relative}/`);
      else if (entry.isFile()) {
        const kind = wanted(relative);
        if (kind)
          put(
            collection,
            relative,
            await readCapped(join(folder, entry.name), relative, kind === 'conf' ? maxConfBytes : maxFileBytes),
          );
      }
    }
  };
  await walk(root, '');
  return collection;
}

async function readCapped(path: string, shown: string, cap: number): Promise<Uint8Array> {
  let file: import('node:fs/promises').FileHandle | null = null;
  try {
    file = await open(path, 'r');
    const { size } = await file.stat();
    if (size > cap) throw tooLarge(shown, cap);
    return await file.readFile();
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw new ApiError('io', message('exchange:brat-unreadable', { code: errorCode(error) }));
  } finally {
    await file?.close();
  }
}

function tooMany(): ApiError {
  return new ApiError('invalid-input', message('exchange:brat-tooManyFiles', { max: maxFiles }));
}

function tooLarge(file: string, cap: number): ApiError {
  return new ApiError(
    'invalid-input',
    message('exchange:brat-fileTooLarge', { file, max: Math.round(cap / 1024 / 1024) }),
  );
}
