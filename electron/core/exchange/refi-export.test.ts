import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AnnotationSchema } from '../../../shared/model/annotation.ts';
import { refiGuid } from '../../../shared/formats/refi/refi-guid.ts';
import { ApiError } from '../../../shared/ipc/errors.ts';
import { bundleOriginals, seedBundleProject } from '../bundles/testing/bundle-project.ts';
import { openZip } from '../bundles/zip-reader.ts';
import { exportExchange } from './export-exchange.ts';
import { refiAnnotations, refiInput, refiSnapshot, refiTexts } from './refi-export.fixture.ts';
import { writeQdc, writeQdpx } from './refi-export.ts';

const refi = resolve(import.meta.dirname, '..', '..', '..', '..', 'shared', 'validators', 'refi');
const validatorsMissing = existsSync(join(refi, 'check-qdpx.py')) ? null : `${refi} is absent`;
if (validatorsMissing) console.log(`refi-export: REFI-QDA validation skipped: ${validatorsMissing}.`);

const dir = mkdtempSync(join(tmpdir(), 'refi-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const project = 'proj-refi';

async function exportQdpx(name = 'project.qdpx') {
  const path = join(dir, name);
  const counts = await writeQdpx(refiInput(), path);
  const zip = await openZip(path);
  try {
    const files = new Map<string, Buffer>();
    for (const e of zip.entries()) files.set(e.name, await zip.read(e.name));
    return { path, counts, files, qde: (files.get('project.qde') as Buffer).toString('utf8') };
  } finally {
    await zip.close();
  }
}

/** Each PlainTextSelection's attributes, by GUID (a reading only for this test: the importer is refi-in's). */
function selections(qde: string): Map<string, Record<string, string>> {
  const out = new Map<string, Record<string, string>>();
  for (const m of qde.matchAll(/<PlainTextSelection\b([^>]*)>/g)) {
    const attrs: Record<string, string> = {};
    for (const a of (m[1] as string).matchAll(/(\w+)="([^"]*)"/g)) attrs[a[1] as string] = a[2] as string;
    out.set(attrs.guid as string, attrs);
  }
  return out;
}

function run(command: string, args: string[]) {
  const r = spawnSync(command, args, { encoding: 'utf8' });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

describe('the fixture', () => {
  it('holds valid annotations', () => {
    for (const a of Object.values(refiAnnotations)) expect(AnnotationSchema.safeParse(a).success).toBe(true);
  });
});

describe('writeQdpx', () => {
  it('writes project.qde and lowercase sources/<guid>.txt holding the stored text as UTF-8 without a BOM', async () => {
    const { files, qde, counts } = await exportQdpx();
    const ru = refiGuid('source', 'doc-ru', project);
    expect([...files.keys()].sort()).toEqual(
      ['project.qde', `sources/${ru}.txt`, `sources/${refiGuid('source', 'doc-two', project)}.txt`].sort(),
    );
    expect((files.get(`sources/${ru}.txt`) as Buffer).equals(Buffer.from(refiTexts['doc-ru'] as string, 'utf8'))).toBe(
      true,
    );
    expect(qde.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<Project xmlns="urn:QDA-XML:project:1.0"')).toBe(
      true,
    );
    expect(qde).toContain(`plainTextPath="internal://${ru}.txt"`);
    expect(counts).toMatchObject({
      format: 'qdpx',
      documents: 2,
      annotations: 6,
      links: 2,
      coders: 2,
      offsetUnit: 'code-points',
    });
    // The orphaned annotation, and the link to it, are left out and said so.
    expect(counts.leftOut).toEqual([
      { kind: 'annotation', count: 1, reason: { key: 'exchange:refi-orphanedLeftOut', params: { count: 1 } } },
      { kind: 'link', count: 1, reason: { key: 'exchange:refi-linkEndLeftOut', params: { count: 1 } } },
    ]);
  });

  it('counts positions in code points: each selection is its quote in the text taken by code points', async () => {
    const { qde } = await exportQdpx();
    const found = selections(qde);
    const written = Object.values(refiAnnotations).filter((a) => !('orphaned' in a));
    expect(found.size).toBe(written.length);
    for (const a of written) {
      const s = found.get(refiGuid('selection', a.id, project)) as Record<string, string>;
      const points = Array.from(refiTexts[a.documentId] as string);
      expect(points.slice(Number(s.startPosition), Number(s.endPosition)).join('')).toBe(a.quote.exact);
      expect(s.creatingUser).toBe(refiGuid('user', a.coderId, ''));
    }
    // After the first emoji, code points lag UTF-16 by one; the lone emoji is one code point long.
    const b2 = found.get(refiGuid('selection', 'b-2', project)) as Record<string, string>;
    expect(Number(b2.endPosition) - Number(b2.startPosition)).toBe(1);
    expect(Number(b2.startPosition)).toBe(refiAnnotations.b2.start - 2);
  });

  it('escapes markup, keeps line ends in attributes, and replaces what XML 1.0 cannot hold', async () => {
    const { qde } = await exportQdpx();
    expect(qde).toContain('name="Проект &lt;A &amp; B&gt; &quot;кавычки&quot;"');
    expect(qde).toContain(
      '<User guid="' +
        refiGuid('user', 'coder-anna', '') +
        '" name="Анна &lt;ред.&gt; &amp; &quot;Ко&quot;" id="coder-anna"/>',
    );
    expect(qde).toContain('name="Boris O&apos;Brien"');
    expect(qde).toContain('name="договор».&#10;Совет"');
    // The memo: markup escaped, its CR kept as a reference, the BEL (not XML) shown as U+FFFD.
    expect(qde).toContain(
      '<PlainTextContent>Памятка &lt;важно&gt; &amp; "цитата"&#13;\nвторая строка\uFFFD</PlainTextContent>',
    );
    expect(qde).not.toContain('\u0007');
  });

  it('writes statement fields in the Description, actors and concepts as Cases with their selections', async () => {
    const { qde } = await exportQdpx();
    expect(qde).toContain(
      '<Description>Speaker: Министерство «Обороны» &amp; &lt;штаб&gt;\nAddressee: Совет\nStance: supports\nConcept: Пакт &lt;2025&gt;\nDate: 2025-03</Description>',
    );
    expect(qde).toContain('<Description>Actor: Совет</Description>');
    const ministryCase = qde.slice(qde.indexOf(`<Case guid="${refiGuid('case', 'actor:actor-ministry', project)}"`));
    const body = ministryCase.slice(0, ministryCase.indexOf('</Case>'));
    expect(body).toContain('name="Министерство «Обороны» &amp; &lt;штаб&gt;"');
    expect(body).toContain(`<SelectionRef targetGUID="${refiGuid('selection', 'a-1', project)}"/>`);
    expect(body).toContain(`<SelectionRef targetGUID="${refiGuid('selection', 'b-1', project)}"/>`);
    expect(body).toContain('<TextValue>МО; the ministry</TextValue>');
    expect(qde).toContain(
      `<Variable guid="${refiGuid('variable', 'url', project)}" name="URL" typeOfVariable="Text"/>`,
    );
    expect(qde).toContain('<TextValue>https://example.org/?a=1&amp;b=2</TextValue>');
  });

  it('writes memos as Notes, links as Links between selections (also across documents)', async () => {
    const { qde } = await exportQdpx();
    const note = refiGuid('note', 'annotation:a-1', project);
    expect(qde).toContain(`<NoteRef targetGUID="${note}"/>`);
    expect(qde).toContain(`<Note guid="${note}"`);
    expect(qde).toContain(
      `<Link guid="${refiGuid('link', 'l-1', project)}" name="Поддерживает &lt;+&gt;" direction="OneWay" color="#1f7a3a" originGUID="${refiGuid('selection', 'a-1', project)}" targetGUID="${refiGuid('selection', 'b-3', project)}"><NoteRef targetGUID="${refiGuid('note', 'link:l-1', project)}"/></Link>`,
    );
    expect(qde).not.toContain(refiGuid('link', 'l-3', project));
    expect(qde).toContain(`<NoteRef targetGUID="${refiGuid('note', 'document:doc-two', project)}"/>`);
  });

  it('is the same file each time but for the export time', async () => {
    const one = (await exportQdpx('one.qdpx')).qde.replace(/ creationDateTime="[^"]*"/, '');
    const two = (await exportQdpx('two.qdpx')).qde.replace(/ creationDateTime="[^"]*"/, '');
    expect(one).toBe(two);
  });

  it('refuses an annotation that no longer fits its text (a correction during the export), as a conflict', async () => {
    const input = refiInput();
    input.text = async (id) => (refiTexts[id] as string).replace('Министр', 'Министерша');
    const error = await writeQdpx(input, join(dir, 'changed.qdpx')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'conflict', text: { key: 'exchange:refi-annotationDoesNotFit' } });
  });

  it.skipIf(validatorsMissing)('passes the REFI-QDA Project XSD and the [EXTRA] checks (check-qdpx.py)', async () => {
    const { path, qde } = await exportQdpx('checked.qdpx');
    const checked = run('/usr/bin/python3', [join(refi, 'check-qdpx.py'), path]);
    expect(checked.output).toContain('RESULT: OK');
    expect(checked.status).toBe(0);
    // Every selection's name is the text it selects, as the checker reads it (code points, Python).
    expect(checked.output.match(/\(== name\)/g)?.length).toBe(6);
    expect(checked.output).not.toContain('WARN');
    const qdePath = join(dir, 'project.qde');
    writeFileSync(qdePath, qde);
    const xsd = run('xmllint', ['--noout', '--schema', join(refi, 'Project-mrt2019.xsd'), qdePath]);
    expect(xsd.output).toContain('validates');
    expect(xsd.status).toBe(0);
  });
});

/**
 * The Codebook XSD in ../shared/validators/refi was copied from the spec's
 * PDF (as QualCoder ships it) and does not parse: spaces lost before
 * attributes, U+2010 for "-". Repaired mechanically — nothing else changes —
 * into the schema of the spec's section 5.2, which the test checks it
 * still refuses a bad codebook with.
 */
function codebookXsd(): string {
  const original = join(refi, 'Codebook.xsd');
  if (run('xmllint', ['--noout', original]).status === 0) return original;
  const repaired = readFileSync(original, 'utf8')
    .replaceAll('\u2010', '-')
    .replace(/<xsd:(element|complexType|attribute|simpleType|restriction|pattern)(name|base|value)=/g, '<xsd:$1 $2=')
    .replace(/"(type|minOccurs|maxOccurs|use)=/g, '" $1=');
  const path = join(dir, 'Codebook-repaired.xsd');
  writeFileSync(path, repaired);
  return path;
}

describe('writeQdc', () => {
  it('writes the codebook nested, with colours and descriptions, and the GUIDs of the project', async () => {
    const path = join(dir, 'codebook.qdc');
    expect(await writeQdc(refiInput(), path)).toMatchObject({ format: 'qdc', documents: 0, offsetUnit: 'code-points' });
    const qdc = readFileSync(path, 'utf8');
    expect(
      qdc.startsWith(
        '<?xml version="1.0" encoding="utf-8"?>\n<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Glossator ',
      ),
    ).toBe(true);
    const claim = refiGuid('code', 'claim', '');
    const deep = refiGuid('code', 'claim-deep', '');
    // claim > claim-causal > claim-deep: the deepest closes first.
    expect(qdc.indexOf(claim)).toBeLessThan(qdc.indexOf(deep));
    expect(qdc).toMatch(
      /<Code guid="[^"]+" name="Глубже" isCodable="true" color="#a86a12"\/>\n\s*<\/Code>\n\s*<\/Code>/,
    );
    expect(qdc).toContain('<Description>Описание с &lt;b&gt;разметкой&lt;/b&gt; &amp; «кавычками»</Description>');
    expect(qdc).toContain('name="Причинное &lt;если&gt; &amp; &quot;то&quot;"');
    expect((await exportQdpx('codes.qdpx')).qde).toContain(`<Code guid="${deep}"`);
  });

  it('refuses an empty codebook (the schema needs a Code)', async () => {
    const snapshot = { ...refiSnapshot(), tags: [] };
    const error = await writeQdc(refiInput(snapshot), join(dir, 'empty.qdc')).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'invalid-input', text: { key: 'exchange:refi-emptyCodebook' } });
  });

  it.skipIf(validatorsMissing)('passes the REFI-QDA Codebook XSD (xmllint)', async () => {
    const path = join(dir, 'valid.qdc');
    await writeQdc(refiInput(), path);
    const xsd = codebookXsd();
    const checked = run('xmllint', ['--noout', '--schema', xsd, path]);
    expect(checked.output).toContain('validates');
    expect(checked.status).toBe(0);
    // The (repaired) schema still refuses: a Code without isCodable.
    const bad = join(dir, 'bad.qdc');
    writeFileSync(bad, readFileSync(path, 'utf8').replace(' isCodable="true"', ''));
    expect(run('xmllint', ['--noout', '--schema', xsd, bad]).status).not.toBe(0);
  });
});

describe('writeQdpx on a real project', () => {
  it.skipIf(validatorsMissing)(
    'exports the stored texts of CRLF-origin, NFD-input and BOM-led documents (LF, NFC, no BOM) and passes check-qdpx.py',
    async () => {
      const store = await seedBundleProject(mkdtempSync(join(dir, 'store-')));
      try {
        const path = join(dir, 'store.qdpx');
        const counts = await exportExchange(
          store,
          'qdpx',
          { documents: { all: true }, layers: { all: true } },
          {},
          path,
        );
        expect(counts).toMatchObject({ documents: 5, annotations: 5, links: 3, coders: 2 });
        const checked = run('/usr/bin/python3', [join(refi, 'check-qdpx.py'), path]);
        expect(checked.output).toContain('RESULT: OK');
        expect(checked.output.match(/\(== name\)/g)?.length).toBe(5);
        expect(checked.output).not.toContain('WARN');
        const zip = await openZip(path);
        try {
          for (const [key, original] of Object.entries(bundleOriginals)) {
            const stored = (await store.text(`doc-${key}`)).text;
            const file = (await zip.read(`sources/${refiGuid('source', `doc-${key}`, store.info().id)}.txt`)).toString(
              'utf8',
            );
            expect(file).toBe(stored);
            expect(file).not.toMatch(/\r|^\uFEFF/);
            expect(file).toBe(file.normalize('NFC'));
            if (key === 'crlf' || key === 'nfd' || key === 'bom') expect(file).not.toBe(original);
          }
        } finally {
          await zip.close();
        }
      } finally {
        await store.close();
      }
    },
  );
});
