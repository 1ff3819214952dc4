import { open } from 'node:fs/promises';
import { readW3cTree, type SourceLookup } from '../../../shared/formats/w3c/read-w3c.ts';
import { idFromIri } from '../../../shared/formats/w3c/w3c-iris.ts';
import { W3cRefusal } from '../../../shared/formats/w3c/w3c-json.ts';
import type { ForeignContents } from '../../../shared/formats/exchange/exchange-types.ts';
import { message } from '../../../shared/i18n/message.ts';
import { ApiError } from '../../../shared/ipc/errors.ts';
import type { DocumentInfo, DocumentText } from '../../../shared/model/document.ts';
import type { ExchangeReader } from './exchange-io.ts';

/**
 * The largest W3C file read: our export of 10,000 documents with their
 * texts stays well below it; JSON is parsed whole, so a bigger file is
 * refused before it is read rather than filling the memory. Below V8's
 * longest string (~512 MiB), which a file must fit in to be parsed at all.
 */
export const W3C_MAX_BYTES = 256 * 1024 * 1024;

/** Keys that reach an object's prototype when copied or merged by careless code: refused wherever nested. */
const forbiddenKeys: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

class ForbiddenKey extends Error {
  constructor(readonly key: string) {
    super(key);
  }
}

/** JSON.parse, refusing a `__proto__`, `constructor` or `prototype` key (escaped or not) with a coded message. */
function parseW3cJson(raw: string): unknown {
  const mayHold = raw.includes('\\u') || [...forbiddenKeys].some((k) => raw.includes(k));
  try {
    if (!mayHold) return JSON.parse(raw);
    return JSON.parse(raw, (key, value) => {
      if (forbiddenKeys.has(key)) throw new ForbiddenKey(key);
      return value;
    });
  } catch (e) {
    if (e instanceof ForbiddenKey)
      throw new ApiError('invalid-input', message('exchange:w3c-forbiddenKey', { key: e.key }));
    throw new ApiError(
      'invalid-input',
      message('exchange:w3c-notJson', { detail: (e as Error).message.slice(0, 200) }),
    );
  }
}

/** What of the project a W3C import looks documents up in. */
export interface W3cProject {
  listDocumentInfos(): DocumentInfo[];
  text(id: string): Promise<DocumentText>;
}

/**
 * A source IRI names one of the project's documents when it is our IRI of
 * it (`urn:glossator:document:<id>`, as our export writes it), its id, or
 * the URL its metadata gives (what a web annotation tool annotated).
 */
export function projectLookup(project: W3cProject): SourceLookup {
  let byUrl: Map<string, string> | null = null;
  return async (source) => {
    const infos = project.listDocumentInfos();
    if (!byUrl) byUrl = new Map(infos.filter((d) => d.metadata.url).map((d) => [d.metadata.url as string, d.id]));
    const id = idFromIri(source, 'document') ?? (infos.some((d) => d.id === source) ? source : byUrl.get(source));
    const info = id ? infos.find((d) => d.id === id) : undefined;
    if (!info) return null;
    const text = await project.text(info.id);
    return { info, text: text.text, originalText: text.originalText };
  };
}

async function readCapped(path: string, maxBytes: number): Promise<string> {
  const file = await open(path, 'r');
  try {
    const { size } = await file.stat();
    if (size > maxBytes)
      throw new ApiError(
        'too-large',
        message('exchange:w3c-tooLarge', { size: Math.ceil(size / 2 ** 20), max: Math.floor(maxBytes / 2 ** 20) }),
      );
    return (await file.readFile()).toString('utf8');
  } finally {
    await file.close();
  }
}

/**
 * Reads a W3C Web Annotation file (JSON or JSON-LD) into what the bundle
 * import previews and applies. With `project`, foreign annotations whose
 * source is one of its documents are placed on that document's text;
 * without it, only texts the file itself carries (our export) are known, and
 * other annotations are rejected as needing their text.
 */
export function w3cReader(project?: W3cProject, maxBytes = W3C_MAX_BYTES): ExchangeReader {
  const lookup: SourceLookup = project ? projectLookup(project) : async () => null;
  return async (path, name) => {
    const raw = (await readCapped(path, maxBytes)).replace(/^\uFEFF/, '');
    const root = parseW3cJson(raw);
    let read: Awaited<ReturnType<typeof readW3cTree>>;
    try {
      read = await readW3cTree(root, name, lookup);
    } catch (e) {
      if (e instanceof W3cRefusal) throw new ApiError('invalid-input', e.text);
      throw e;
    }
    const documents = new Map(read.documents.map((d) => [d.info.id, d]));
    const contents: ForeignContents = {
      format: 'w3c',
      origin: read.origin,
      coders: read.coders,
      layers: read.layers,
      tags: read.tags,
      actors: read.records.actors,
      linkTypes: read.linkTypes,
      concepts: read.records.concepts,
      tagMappings: read.records.tagMappings,
      // A W3C file carries no curation: a curated layer in it comes in as a layer of its own.
      curation: null,
      documentInfos: read.documents.map((d) => d.info),
      document: async (id) => {
        const doc = documents.get(id);
        if (!doc) throw new ApiError('not-found', message('exchange:w3c-noDocument', { id }));
        return doc;
      },
      annotations: async (id) => read.annotations.get(id) ?? [],
      links: read.links,
      rejected: read.rejected,
      notes: read.notes,
      close: async () => {},
    };
    return contents;
  };
}

/** The ExchangeReader of the registry: the file alone (see w3cReader for one that looks in the project). */
export const readW3c: ExchangeReader = w3cReader();
