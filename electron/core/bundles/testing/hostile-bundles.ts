import { randomBytes } from 'node:crypto';
import { bundleJson } from '../../../../shared/formats/bundle/bundle-json.ts';
import type { MessageKey } from '../../../../shared/i18n/message.ts';
import { type BundleFiles, manifestFor, sampleFiles, withJson, zipBundle } from './bundle-builder.ts';
import { craftZip } from './craft-zip.ts';

/** A bundle that must be refused, and the message it must be refused with. */
export interface HostileBundle {
  name: string;
  /** The file's bytes. */
  build: () => Buffer | Promise<Buffer>;
  key: MessageKey;
}

const annotations = 'documents/d1/annotations.c1.json';
const text = 'documents/d1/text.txt';
const MB = 1024 * 1024;

/** The sample with one file changed, listed as it now is (so only the change itself is wrong). */
const changed = (change: (files: BundleFiles) => BundleFiles) => () => zipBundle(change(sampleFiles()));
// biome-ignore lint/suspicious/noExplicitAny: a hostile case edits the JSON as it likes, typed or not.
const json = (path: string, edit: (value: any) => unknown) => changed((f) => withJson(f, path, edit));
// biome-ignore lint/suspicious/noExplicitAny: a hostile case edits the JSON as it likes, typed or not.
const layer = (edit: (list: any[]) => unknown[]) => json(annotations, (v) => ({ annotations: edit(v.annotations) }));

/**
 * The content-level hostile cases of issue 15 (the container-level ones —
 * not a zip, traversal names, symlinks, bombs — are the zip reader's), each
 * with its own message. Every case changes the valid sample in one way.
 */
export const hostileBundles: HostileBundle[] = [
  {
    name: 'a zip of another tool',
    build: () =>
      craftZip([
        { name: 'README.txt', data: 'hello' },
        { name: 'src/main.c', data: 'int main;' },
      ]),
    key: 'bundles:foreignZip',
  },
  {
    name: 'another tool’s manifest.json (a browser extension)',
    build: () => zipBundle(new Map(), bundleJson({ manifest_version: 3, name: 'Extension', version: '1.0' })),
    key: 'bundles:notGlossator',
  },
  { name: 'a missing manifest', build: () => zipBundle(sampleFiles(), null), key: 'bundles:noManifest' },
  {
    name: 'a newer format version',
    build: () => zipBundle(sampleFiles(), (m) => ({ ...m, formatVersion: 2, somethingNew: true })),
    key: 'bundles:newerFormat',
  },
  {
    name: 'a wrong format version (0)',
    build: () => zipBundle(sampleFiles(), (m) => ({ ...m, formatVersion: 0 })),
    key: 'bundles:unknownFormatVersion',
  },
  {
    name: 'a format version that is not a number',
    build: () => zipBundle(sampleFiles(), (m) => ({ ...m, formatVersion: '1' })),
    key: 'bundles:unknownFormatVersion',
  },
  {
    name: 'another text rule',
    build: () => zipBundle(sampleFiles(), (m) => ({ ...m, text: { normalisation: 'none', offsetUnit: 'utf-8' } })),
    key: 'bundles:otherTextRule',
  },
  {
    name: 'a manifest that is not JSON',
    build: () => zipBundle(sampleFiles(), '{"format": "glossator-bundle", '),
    key: 'bundles:badJson',
  },
  {
    name: 'a missing listed file',
    build: () => {
      const files = sampleFiles();
      const listed = new Map(files);
      files.delete(text);
      return zipBundle(files, () => manifestFor(listed));
    },
    key: 'bundles:missingFile',
  },
  {
    name: 'a file whose SHA-256 differs from the manifest',
    build: () => {
      const files = sampleFiles();
      const listed = new Map(files);
      files.set(text, sampleText().replace('ministry', 'minister'));
      return zipBundle(files, () => manifestFor(listed));
    },
    key: 'bundles:hashDiffers',
  },
  {
    name: 'a file whose size differs from the manifest',
    build: () => {
      const files = sampleFiles();
      const listed = new Map(files);
      files.set(text, `${sampleText()} More.`);
      return zipBundle(files, () => manifestFor(listed));
    },
    key: 'bundles:sizeDiffers',
  },
  {
    name: '100,000 entries the manifest does not list',
    build: () => {
      const junk = Array.from({ length: 100_000 }, (_, i) => ({ name: `junk/${i}.txt`, data: '', method: 0 }));
      // Past 65,535 entries a zip needs its ZIP64 end record, as real writers make it.
      return zipBundle(sampleFiles(), (m) => m, junk, {}, { zip64End: true });
    },
    key: 'bundles:unlistedEntries',
  },
  {
    name: 'a listed file that is no bundle file',
    build: () => zipBundle(new Map([...sampleFiles(), ['notes/readme.txt', 'hi']])),
    key: 'bundles:unknownFile',
  },
  {
    name: 'a file listed twice',
    build: () => zipBundle(sampleFiles(), (m) => ({ ...m, files: [...m.files, m.files[0]] })),
    key: 'bundles:listedTwice',
  },
  {
    name: 'a 200 MB JSON (declared, refused before it is read)',
    build: () => {
      const files = sampleFiles();
      const size = 200 * MB;
      // Incompressible bytes, about 1/150 of the declared size: below the zip reader's bomb ratio, never inflated.
      const compressed = randomBytes(Math.ceil(size / 150));
      return zipBundle(
        files,
        (m) => ({ ...m, files: m.files.map((f) => (f.path === 'codebook.json' ? { ...f, bytes: size } : f)) }),
        [],
        { 'codebook.json': { compressed, size } },
      );
    },
    key: 'bundles:fileTooLarge',
  },
  {
    name: 'a __proto__ key',
    build: changed((f) =>
      new Map(f).set('codebook.json', '{\n  "tags": [],\n  "__proto__": { "polluted": true }\n}\n'),
    ),
    key: 'bundles:forbiddenKey',
  },
  {
    name: 'a constructor key inside an annotation',
    build: layer((list) => [{ ...list[0], constructor: { prototype: { polluted: true } } }, list[1]]),
    key: 'bundles:forbiddenKey',
  },
  {
    name: 'a JSON file that is not JSON',
    build: changed((f) => new Map(f).set('actors.json', '{"actors": [')),
    key: 'bundles:badJson',
  },
  {
    name: 'a record with a field no schema knows',
    build: json('coders.json', (v) => ({ coders: [{ ...v.coders[0], admin: true }] })),
    key: 'bundles:wrongShape',
  },
  {
    name: 'an annotation outside its text',
    build: layer(([a, b]) => [a, { ...b, start: 200, end: 208 }]),
    key: 'bundles:annotationOutsideText',
  },
  {
    name: 'an annotation whose quote is not its text',
    build: layer(([a, b]) => [a, { ...b, quote: { ...b.quote, exact: 'the plan' } }]),
    key: 'bundles:quoteDiffers',
  },
  {
    name: 'an annotation of another document',
    build: layer(([a, b]) => [a, { ...b, documentId: 'd2' }]),
    key: 'bundles:annotationOtherDocument',
  },
  {
    name: 'an annotation of another coder than its file',
    build: layer(([a, b]) => [a, { ...b, coderId: 'c2' }]),
    key: 'bundles:annotationOtherCoder',
  },
  {
    name: 'an annotation id that is a document id',
    build: changed((f) => renameAnnotation(f, 'a2', 'd1')),
    key: 'bundles:idOfTwoKinds',
  },
  {
    name: 'an annotation id that is an actor id',
    build: changed((f) => renameAnnotation(f, 'a2', 'actor-1')),
    key: 'bundles:idOfTwoKinds',
  },
  {
    name: 'a link id that is an annotation id',
    build: json('links.c1.json', (v) => ({ links: [{ ...v.links[0], id: 'a1' }] })),
    key: 'bundles:idOfTwoKinds',
  },
  {
    name: 'two annotations with one id',
    build: layer(([a, b]) => [a, { ...b, id: 'a1' }]),
    key: 'bundles:idTwice',
  },
  {
    name: 'an annotation of a tag the bundle does not hold',
    build: layer(([a, b]) => [a, { ...b, tagId: 'no-such-tag' }]),
    key: 'bundles:missingReference',
  },
  {
    name: 'a speaker the bundle does not hold',
    build: layer(([a, b]) => [a, { ...b, speakerId: 'actor-2' }]),
    key: 'bundles:missingReference',
  },
  {
    name: 'a link to an annotation outside the bundle',
    build: json('links.c1.json', (v) => ({ links: [{ ...v.links[0], toId: 'a9' }] })),
    key: 'bundles:missingReference',
  },
  {
    name: 'a link of a link type the bundle does not hold',
    build: json('links.c1.json', (v) => ({ links: [{ ...v.links[0], typeId: 'cites' }] })),
    key: 'bundles:missingReference',
  },
  {
    name: 'a layer file of a coder who is not a layer',
    build: changed((f) => {
      const next = new Map(f);
      next.set('documents/d1/annotations.c2.json', next.get(annotations) as string);
      next.delete(annotations);
      return next;
    }),
    key: 'bundles:layerNotListed',
  },
  {
    name: 'a layer named twice',
    build: () => zipBundle(sampleFiles(), (m) => ({ ...m, layers: ['c1', 'c1'] })),
    key: 'bundles:layerTwice',
  },
  {
    name: 'a layer whose coder is not in coders.json',
    build: json('coders.json', () => ({ coders: [{ id: 'c9', name: 'Someone' }] })),
    key: 'bundles:layerWithoutCoder',
  },
  {
    name: 'a text that is not UTF-8',
    build: changed((f) =>
      new Map(f).set(text, Buffer.from([0x54, 0x68, 0xff, 0xfe, ...Buffer.from(sampleText().slice(4))])),
    ),
    key: 'bundles:textNotUtf8',
  },
  {
    name: 'a text that is not normalised (CRLF)',
    build: changed((f) => new Map(f).set(text, sampleText().replace(' supports', '\r\nsupports'))),
    key: 'bundles:textNotNormalised',
  },
  {
    name: 'a text of another length than its record',
    build: changed((f) => new Map(f).set(text, `${sampleText()} And more.`)),
    key: 'bundles:textLengthDiffers',
  },
  {
    name: 'a document.json of another document',
    build: json('documents/d1/document.json', (v) => ({ ...v, document: { ...v.document, id: 'd2' } })),
    key: 'bundles:documentIdDiffers',
  },
  {
    name: 'an original said to be its own file but missing',
    build: json('documents/d1/document.json', (v) => ({ ...v, originalText: 'original.txt' })),
    key: 'bundles:originalMismatch',
  },
  {
    name: 'a document without its text',
    build: changed((f) => {
      const next = new Map(f);
      next.delete(text);
      return next;
    }),
    key: 'bundles:documentIncomplete',
  },
  {
    name: 'no concepts.json',
    build: changed((f) => {
      const next = new Map(f);
      next.delete('concepts.json');
      return next;
    }),
    key: 'bundles:requiredMissing',
  },
  {
    name: 'tags that form a cycle',
    build: json('codebook.json', (v) => ({
      tags: v.tags.map((t: { id: string }) => ({ ...t, parent: t.id === 'claim' ? 'claim-causal' : 'claim' })),
    })),
    key: 'bundles:tagCycle',
  },
  {
    name: 'counts that do not match the files',
    build: () => zipBundle(sampleFiles(), (m) => ({ ...m, counts: { ...m.counts, annotations: 7 } })),
    key: 'bundles:countsDiffer',
  },
];

function sampleText(): string {
  return String(sampleFiles().get(text));
}

/** Gives annotation `from` the id `to` everywhere (its layer and the link to it). */
function renameAnnotation(files: BundleFiles, from: string, to: string): BundleFiles {
  const rename = (id: string) => (id === from ? to : id);
  const next = withJson(files, annotations, (v) => ({
    annotations: v.annotations.map((a: { id: string }) => ({ ...a, id: rename(a.id) })),
  }));
  return withJson(next, 'links.c1.json', (v) => ({
    links: v.links.map((l: { fromId: string; toId: string }) => ({
      ...l,
      fromId: rename(l.fromId),
      toId: rename(l.toId),
    })),
  }));
}
