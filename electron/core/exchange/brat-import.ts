import type { Dirent } from 'node:fs';
import { type FileHandle, lstat, open, readdir } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { type BratCollection, readBratCollection } from '../../../shared/formats/brat/brat-collection.ts';
import { bratPaths, collectionFile } from '../../../shared/formats/brat/brat-layout.ts';
import type { ForeignContents } from '../../../shared/formats/exchange/exchange-types.ts';
import { message } from '../../../shared/i18n/message.ts';
import { ApiError } from '../../../shared/ipc/errors.ts';
import { errorCode } from '../bundles/zip-entry-data.ts';
import { openZip, type ZipArchive } from '../bundles/zip-reader.ts';
import type { ExchangeReader } from './exchange-io.ts';

/** The most files a collection may hold (a 100,000-document collection has 200,000 and its conf files). */
const maxFiles = 500_000;
/** The largest .txt or .ann read: a text Glossator holds (20 M UTF-16 units) is at most about 60 MB as UTF-8. */
const maxFileBytes = 64 * 1024 * 1024;
/** The largest conf file or README read. */
const maxConfBytes = 16 * 1024 * 1024;

/** The most bytes one import reads in all (texts, annotations, conf files), each kept in memory until it ends. */
export const maxTextBytes = 1024 * 1024 * 1024;

/** A file of the collection, listed before anything is read. */
interface Listed {
  path: string;
  size: number;
  read: (cap: number) => Promise<Uint8Array>;
}

/**
 * Reads a brat collection — a zip (checked by our zip reader: caps, names,
 * CRC) or a folder (walked without following links) — and hands the files
 * to the pure reader (shared/formats/brat/brat-collection.ts). A zip or
 * folder that holds one folder and nothing else (a collection zipped with
 * its folder) is read from inside that folder. A collection with no .txt or
 * .ann at all is refused; lines that cannot be placed are listed in
 * `rejected` and the rest imported.
 */
export const readBrat: ExchangeReader = (path, name) => readBratWithin(path, name);

/** readBrat, with the budget for what it reads (all the files, counted as bytes read) given. */
export async function readBratWithin(path: string, name: string, textBudget = maxTextBytes) {
  let isFolder: boolean;
  try {
    isFolder = (await lstat(path)).isDirectory();
  } catch (error) {
    throw new ApiError('io', message('exchange:brat-unreadable', { code: errorCode(error) }));
  }
  if (isFolder) return gather(await listFolder(path), name, textBudget);
  const zip = await openZip(path).catch((error: unknown) => {
    // Not a zip at all (text, a PDF, …): said as brat's; a damaged or hostile zip keeps the zip reader's words.
    if (error instanceof ApiError && error.text?.key.startsWith('bundleFile:notZip'))
      throw new ApiError('invalid-input', message('exchange:brat-notCollection'));
    throw error;
  });
  try {
    return await gather(listZip(zip), name, textBudget);
  } finally {
    await zip.close();
  }
}

function listZip(zip: ZipArchive): Listed[] {
  const entries = zip.entries();
  if (entries.length > maxFiles) throw tooMany();
  return entries.map((e) => ({ path: e.name, size: e.size, read: (cap) => zip.read(e.name, cap) }));
}

async function listFolder(root: string): Promise<Listed[]> {
  const out: Listed[] = [];
  const walk = async (folder: string, prefix: string): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch (error) {
      throw new ApiError('io', message('exchange:brat-unreadable', { code: errorCode(error) }));
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (out.length >= maxFiles) throw tooMany();
      const full = join(folder, entry.name);
      // Links are not followed: a collection is what its folder holds, nothing outside it.
      if (entry.isDirectory() && !entry.name.startsWith('.')) await walk(full, `${prefix}${entry.name}/`);
      else if (entry.isFile())
        out.push({ path: `${prefix}${entry.name}`, size: -1, read: (cap) => readCapped(full, cap) });
    }
  };
  await walk(root, '');
  return out;
}

/** The one folder every file is in, when there is one (a collection zipped with its folder). */
function wrapper(files: readonly Listed[]): string | null {
  const first = files[0]?.path.split('/')[0];
  if (!first) return null;
  return files.every((f) => f.path.startsWith(`${first}/`)) ? first : null;
}

/** Reads the files an import uses — conf files, README, every .txt and .ann — within their caps. */
async function gather(listed: Listed[], name: string, textBudget: number): Promise<ForeignContents> {
  let read = 0;
  const overBudget = () =>
    new ApiError(
      'invalid-input',
      message('exchange:brat-textsTooLarge', { max: Math.round(textBudget / 1024 / 1024) }),
    );
  const inside = wrapper(listed);
  const collection: {
    -readonly [K in keyof BratCollection]: K extends 'files'
      ? Array<{ path: string; text: string | null }>
      : BratCollection[K];
  } = { name: inside ?? stem(name), annotationConf: null, visualConf: null, readme: null, files: [] };
  for (const file of listed) {
    const path = inside ? file.path.slice(inside.length + 1) : file.path;
    const conf = path === bratPaths.annotationConf || path === bratPaths.visualConf || path === bratPaths.readme;
    if (!conf && !collectionFile(path)) continue;
    const cap = conf ? maxConfBytes : maxFileBytes;
    if (file.size > cap) throw tooLarge(path, cap);
    if (read + Math.max(file.size, 0) > textBudget) throw overBudget();
    const bytes = await file.read(cap).catch((error: unknown) => {
      if (error instanceof ApiError)
        throw error.text?.key === 'bundleFile:entryOverLimit' ? tooLarge(path, cap) : error;
      throw new ApiError('io', message('exchange:brat-unreadable', { code: errorCode(error) }));
    });
    read += bytes.length;
    if (read > textBudget) throw overBudget();
    if (!conf) collection.files.push({ path, text: decode(bytes) });
    // Conf files are text; a BOM or a bad byte there is no reason to refuse the collection.
    else if (path === bratPaths.annotationConf) collection.annotationConf = lenient.decode(bytes);
    else if (path === bratPaths.visualConf) collection.visualConf = lenient.decode(bytes);
    else collection.readme = lenient.decode(bytes);
  }
  if (collection.files.length === 0) throw new ApiError('invalid-input', message('exchange:brat-empty'));
  return readBratCollection(collection);
}

/** The collection's name: the zip's or folder's name without its extension. */
function stem(name: string): string {
  const base = basename(name);
  return extname(base) ? base.slice(0, -extname(base).length) : base;
}

/** Strict UTF-8 that keeps a BOM: brat counts it as character 0. */
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder('utf-8');

function decode(bytes: Uint8Array): string | null {
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}

async function readCapped(path: string, cap: number): Promise<Uint8Array> {
  let file: FileHandle | null = null;
  try {
    file = await open(path, 'r');
    const { size } = await file.stat();
    if (size > cap)
      throw new ApiError('too-large', message('bundleFile:entryOverLimit', { name: path, size, max: cap }));
    return await file.readFile();
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
