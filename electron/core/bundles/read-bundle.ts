import { ApiError } from '../../../shared/ipc/errors.ts';
import { message } from '../../../shared/i18n/message.ts';
import type { Annotation } from '../../../shared/model/annotation.ts';
import type { DocumentInfo } from '../../../shared/model/document.ts';
import type { Link } from '../../../shared/model/link.ts';
import type { BundleContents, BundleDocument } from '../../../shared/formats/bundle/bundle-contents.ts';
import { BundleIds } from '../../../shared/formats/bundle/bundle-ids.ts';
import type { BundleManifest } from '../../../shared/formats/bundle/bundle-manifest.ts';
import { MANIFEST_PATH, tablePaths } from '../../../shared/formats/bundle/bundle-paths.ts';
import { BundleProblem } from '../../../shared/formats/bundle/bundle-problem.ts';
import {
  BundleActorsSchema,
  BundleAnnotationsSchema,
  BundleCodebookSchema,
  BundleCodersSchema,
  BundleConceptsSchema,
  BundleDocumentSchema,
  BundleLinksSchema,
  BundleLinkTypesSchema,
  BundleTagMappingsSchema,
} from '../../../shared/formats/bundle/bundle-records.ts';
import { checkMappings } from '../../../shared/formats/bundle/check-mappings.ts';
import { type BundleCuration, BundleCurationSchema } from '../../../shared/formats/bundle/bundle-curation.ts';
import { checkCuration } from '../../../shared/formats/bundle/check-curation.ts';
import { CURATED_CODER_ID } from '../../../shared/curation/curation-types.ts';
import type { TagMapping } from '../../../shared/model/tag-mapping.ts';
import { checkDocumentText } from '../../../shared/formats/bundle/bundle-text.ts';
import {
  type BundleListing,
  checkListing,
  type ListedDocument,
  type ListedFile,
} from '../../../shared/formats/bundle/check-listing.ts';
import { checkLayer, checkLinks } from '../../../shared/formats/bundle/check-layer.ts';
import { type BundleTables, checkTables } from '../../../shared/formats/bundle/check-tables.ts';
import { parseManifest } from '../../../shared/formats/bundle/parse-manifest.ts';
import { bundleFileBytes } from '../../../shared/formats/bundle/bundle-limits.ts';
import { decodeBundleText } from '../../../shared/formats/bundle/bundle-text.ts';
import { asRefusal } from './bundle-refusal.ts';
import { ListedFileReader } from './listed-file-reader.ts';
import { openZip, type ZipArchive } from './zip-reader.ts';

/**
 * Reads a bundle and checks all of it before saying what it holds: the
 * manifest, every file against it, every record through its schema, every
 * text and every reference (see the checks in shared/formats/bundle). The
 * texts are read once to check them and not kept: `document` reads one again
 * (its SHA-256 checked again) when asked for. The annotations are kept as
 * checked up to KEPT_ANNOTATIONS (a bundle of 10,000 documents and 50,000
 * annotations is planned without reading its layers twice), else read again
 * the same way, so memory stays bounded for any bundle. Anything wrong is
 * `ApiError('invalid-input', bundles:… | bundleFile:…)`; nothing is written.
 */
/**
 * How many annotations the reading keeps in memory for the plan (about
 * 40 MB): a bundle of 50,000 is planned without reading its layers again; a
 * larger one reads them again, document by document, so memory stays bounded.
 */
const KEPT_ANNOTATIONS = 100_000;

export async function readBundle(path: string): Promise<BundleContents> {
  const zip = await openZip(path);
  try {
    return await asRefusal(() => readOpened(zip));
  } catch (error) {
    await zip.close().catch(() => {});
    throw error;
  }
}

async function readOpened(zip: ZipArchive): Promise<BundleContents> {
  const entries = zip.entries();
  const manifest = await readManifest(zip, entries);
  const listing = checkListing(manifest, entries);
  const files = new ListedFileReader(zip);
  const tables = await readTables(files, listing);
  const ids = new BundleIds();
  checkTables(tables, ids);
  const tagMappings = await readMappings(files, listing);
  checkMappings(tagMappings, manifest.layers, ids);
  const coderIds = new Set(tables.coders.map((c) => c.id));
  for (const coderId of manifest.layers) {
    if (!coderIds.has(coderId)) throw new BundleProblem(message('bundles:layerWithoutCoder', { coderId }));
  }
  const documentInfos: DocumentInfo[] = [];
  // Each document's annotations as checked here, kept for the plan while they fit (see KEPT_ANNOTATIONS).
  const kept = new Map<string, Annotation[]>();
  let annotationCount = 0;
  // The curated layer's annotations (their documents) and links: what curation.json's results may name.
  const curatedAnnotations = new Map<string, string>();
  for (const doc of listing.documents.values()) {
    const info = await readDocumentInfo(files, doc);
    ids.add('document', info.id, doc.document?.file.path ?? '');
    const { text } = await readDocumentText(files, doc, info);
    for (const [coderId, layer] of doc.layers) {
      const { annotations } = await files.json(layer, BundleAnnotationsSchema);
      for (const a of annotations) ids.add('annotation', a.id, layer.file.path);
      checkLayer(layer.file.path, { documentId: info.id, coderId }, annotations, text, ids);
      if (coderId === CURATED_CODER_ID) for (const a of annotations) curatedAnnotations.set(a.id, info.id);
      annotationCount += annotations.length;
      if (annotationCount <= KEPT_ANNOTATIONS) kept.set(info.id, [...(kept.get(info.id) ?? []), ...annotations]);
      else kept.clear();
    }
    documentInfos.push(info);
  }
  const links: Link[] = [];
  for (const [coderId, listed] of listing.links) {
    const read = (await files.json(listed, BundleLinksSchema)).links;
    for (const l of read) ids.add('link', l.id, listed.file.path);
    checkLinks(listed.file.path, coderId, read, ids);
    links.push(...read);
  }
  checkCounts(manifest, documentInfos.length, annotationCount, links.length);
  const curatedLinks = new Set(links.filter((l) => l.coderId === CURATED_CODER_ID).map((l) => l.id));
  const curation = await readCuration(files, listing, manifest.layers);
  if (curation) checkCuration(curation, { annotations: curatedAnnotations, links: curatedLinks }, ids);
  return { ...contents(zip, files, manifest, listing, tables, documentInfos, links, kept), tagMappings, curation };
}

/**
 * The curation table: present exactly when the curated layer is (its
 * annotations are the decisions' results, the decisions what the layer
 * means); none in a bundle without that layer or written before curation.
 */
async function readCuration(
  files: ListedFileReader,
  listing: BundleListing,
  layers: readonly string[],
): Promise<BundleCuration | null> {
  const listed = listing.tables.get('curation');
  const withLayer = layers.includes(CURATED_CODER_ID);
  if (!listed) {
    if (withLayer)
      throw new BundleProblem(message('curationBundles:layerWithoutCuration', { file: tablePaths.curation }));
    return null;
  }
  if (!withLayer)
    throw new BundleProblem(message('curationBundles:curationWithoutLayer', { file: tablePaths.curation }));
  return files.json(listed, BundleCurationSchema);
}

/** The layers' tag mappings; none in a bundle written before they existed (it has no such table). */
async function readMappings(files: ListedFileReader, listing: BundleListing): Promise<TagMapping[]> {
  const listed = listing.tables.get('tagMappings');
  return listed ? (await files.json(listed, BundleTagMappingsSchema)).mappings : [];
}

async function readManifest(zip: ZipArchive, entries: readonly { name: string }[]): Promise<BundleManifest> {
  if (!zip.has(MANIFEST_PATH)) {
    // Another program's zip holds none of a bundle's files; a bundle that lost its manifest still does.
    const ours = new Set<string>(Object.values(tablePaths));
    const looksLikeBundle = entries.some((e) => ours.has(e.name) || e.name.startsWith('documents/'));
    throw new BundleProblem(message(looksLikeBundle ? 'bundles:noManifest' : 'bundles:foreignZip'));
  }
  const bytes = await zip.read(MANIFEST_PATH, bundleFileBytes.manifest);
  let text: string;
  try {
    text = decodeBundleText(MANIFEST_PATH, bytes);
  } catch {
    throw new BundleProblem(message('bundles:badJson', { file: MANIFEST_PATH }));
  }
  return parseManifest(text);
}

async function readTables(files: ListedFileReader, listing: BundleListing): Promise<BundleTables> {
  const table = (name: keyof typeof tablePaths) => listing.tables.get(name) as ListedFile;
  return {
    tags: (await files.json(table('codebook'), BundleCodebookSchema)).tags,
    coders: (await files.json(table('coders'), BundleCodersSchema)).coders,
    actors: (await files.json(table('actors'), BundleActorsSchema)).actors,
    linkTypes: (await files.json(table('linkTypes'), BundleLinkTypesSchema)).linkTypes,
    concepts: (await files.json(table('concepts'), BundleConceptsSchema)).concepts,
  };
}

async function readDocumentInfo(files: ListedFileReader, doc: ListedDocument): Promise<DocumentInfo> {
  const listed = doc.document as ListedFile;
  const { document: info, originalText } = await files.json(listed, BundleDocumentSchema);
  if (info.id !== doc.id)
    throw new BundleProblem(message('bundles:documentIdDiffers', { file: listed.file.path, id: info.id }));
  if ((originalText === 'original.txt') !== Boolean(doc.original)) {
    throw new BundleProblem(message('bundles:originalMismatch', { id: doc.id, expected: originalText }));
  }
  return info;
}

/** A document's text, checked (UTF-8, normalised, its record's length), and its original (UTF-8). */
async function readDocumentText(
  files: ListedFileReader,
  doc: ListedDocument,
  info: DocumentInfo,
  { checked = false } = {},
): Promise<BundleDocument> {
  const listed = doc.text as ListedFile;
  const text = await files.text(listed);
  if (!checked) checkDocumentText(listed.file.path, text, info);
  const originalText = doc.original ? await files.text(doc.original) : text;
  return { info, text, originalText };
}

function checkCounts(manifest: BundleManifest, documents: number, annotations: number, links: number): void {
  const listed = manifest.counts;
  if (listed.documents === documents && listed.annotations === annotations && listed.links === links) return;
  throw new BundleProblem(
    message('bundles:countsDiffer', {
      listedDocuments: listed.documents,
      listedAnnotations: listed.annotations,
      listedLinks: listed.links,
      documents,
      annotations,
      links,
    }),
  );
}

function contents(
  zip: ZipArchive,
  files: ListedFileReader,
  manifest: BundleManifest,
  listing: BundleListing,
  tables: BundleTables,
  documentInfos: DocumentInfo[],
  links: Link[],
  kept: ReadonlyMap<string, Annotation[]>,
): Omit<BundleContents, 'tagMappings' | 'curation'> {
  const infos = new Map(documentInfos.map((d) => [d.id, d]));
  const listedDocument = (id: string): { doc: ListedDocument; info: DocumentInfo } => {
    const doc = listing.documents.get(id);
    const info = infos.get(id);
    if (!doc || !info) throw new ApiError('not-found', message('bundles:notInBundle', { id }));
    return { doc, info };
  };
  return {
    origin: {
      formatVersion: manifest.formatVersion,
      appVersion: manifest.appVersion,
      created: manifest.created,
      exportedBy: manifest.exportedBy,
      project: manifest.project,
    },
    coders: tables.coders,
    layers: [...manifest.layers],
    tags: tables.tags,
    actors: tables.actors,
    linkTypes: tables.linkTypes,
    concepts: tables.concepts,
    documentInfos,
    document: (id) =>
      asRefusal(async () => {
        const { doc, info } = listedDocument(id);
        // Checked when the bundle was read; the same bytes again (the reader checks their SHA-256).
        return readDocumentText(files, doc, info, { checked: true });
      }),
    textSha256: (id) => (listedDocument(id).doc.text as ListedFile).file.sha256,
    annotations: (id) =>
      asRefusal(async () => {
        const { doc } = listedDocument(id);
        const known = kept.get(id);
        if (known || kept.size) return known ? [...known] : [];
        const all: Annotation[] = [];
        // Checked whole when the bundle was read; the reader checks each file's SHA-256 again.
        for (const layer of doc.layers.values())
          all.push(...(await files.checkedJson<{ annotations: Annotation[] }>(layer)).annotations);
        return all;
      }),
    links,
    close: () => zip.close(),
  };
}
