import { describe, expect, it } from 'vitest';
import { defaultCodebook, type Tag } from '../model/codebook.ts';
import { codebookFileMaxBytes, parseCodebookFile, serializeCodebookFile } from './codebook-file.ts';

const now = new Date('2026-11-23T10:15:00.000Z');
const text = serializeCodebookFile(defaultCodebook(), 'Security policy, Central Asia', now);

/** A valid file with some part replaced, as text. */
function fileWith(change: (file: Record<string, unknown> & { tags: Tag[] }) => void): string {
  const file = JSON.parse(text);
  change(file);
  return JSON.stringify(file);
}

function messageOf(input: string): string {
  const result = parseCodebookFile(input);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.message;
}

describe('serializeCodebookFile', () => {
  it('writes pretty JSON with the format marker first', () => {
    expect(text.startsWith('{\n  "format": "glossator-codebook",\n  "version": 1,\n  "name": "Security')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    const file = JSON.parse(text);
    expect(file.exported).toBe('2026-11-23T10:15:00.000Z');
    expect(file.tags.length).toBe(21);
  });
  it('writes only the format’s tag fields and never a blank name', () => {
    const extra = { tags: [{ ...defaultCodebook().tags[0]!, stray: 1 } as Tag] };
    const file = JSON.parse(serializeCodebookFile(extra, '  ', now));
    expect(file.name).toBe('Codebook');
    expect(Object.keys(file.tags[0])).toEqual(['id', 'name', 'parent', 'color', 'description', 'shortcut', 'kind']);
  });
});

describe('parseCodebookFile', () => {
  it('reads back what it wrote', () => {
    expect(parseCodebookFile(text)).toEqual({
      ok: true,
      file: {
        format: 'glossator-codebook',
        version: 1,
        name: 'Security policy, Central Asia',
        exported: '2026-11-23T10:15:00.000Z',
        tags: defaultCodebook().tags,
      },
    });
  });
  it('accepts a byte-order mark, CRLF and compact JSON', () => {
    expect(parseCodebookFile(`\uFEFF${text.replaceAll('\n', '\r\n')}`).ok).toBe(true);
    expect(parseCodebookFile(JSON.stringify(JSON.parse(text))).ok).toBe(true);
  });

  it('refuses a file over 2 MB, with its size', () => {
    expect(messageOf('x'.repeat(3 * 1024 * 1024 + 1))).toBe(
      'The file is too large for a codebook: 3.1 MB (the limit is 2 MB).',
    );
    // Cyrillic takes two bytes a letter in UTF-8: 1.1 million letters are 2.1 MB.
    expect(messageOf('ж'.repeat(1_100_000))).toBe('The file is too large for a codebook: 2.1 MB (the limit is 2 MB).');
    expect(messageOf(' '.repeat(codebookFileMaxBytes))).toBe('The file is empty.');
  });
  it('refuses text that is not JSON', () => {
    expect(messageOf('{"format": "glossator-codebook",')).toMatch(
      /^The file is not valid JSON \(.+\), so it is not a Glossator codebook\.$/,
    );
    expect(messageOf('Claim; Proposal')).toMatch(/^The file is not valid JSON/);
  });
  it('recognises a REFI-QDA codebook and other XML', () => {
    const qdc =
      '<?xml version="1.0" encoding="utf-8"?>\n<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes/></CodeBook>';
    const refi =
      'This is a REFI-QDA codebook (.qdc, as exported by MAXQDA, ATLAS.ti or NVivo), not a Glossator codebook. Glossator imports only codebook files exported from Glossator (.json).';
    expect(messageOf(qdc)).toBe(refi);
    expect(messageOf('<CodeBook><Codes/></CodeBook>')).toBe(refi);
    expect(messageOf('<?xml version="1.0"?><Project name="x"/>')).toMatch(/^This is a REFI-QDA project \(\.qde\)/);
    expect(messageOf('<?xml version="1.0"?><html/>')).toBe(
      'This is an XML file, not a Glossator codebook. Glossator imports only codebook files exported from Glossator (.json).',
    );
  });
  it('recognises a brat annotation.conf', () => {
    const conf = '# entities\n[entities]\nPerson\nOrganization\n\n[relations]\n\n[events]\n\n[attributes]\n';
    expect(messageOf(conf)).toBe(
      'This is a brat annotation.conf, not a Glossator codebook. Glossator imports only codebook files exported from Glossator (.json).',
    );
  });
  it('recognises other JSON', () => {
    expect(messageOf('{"format": "glossator-bundle", "version": 1}')).toBe(
      'This is a Glossator bundle file, not a codebook file.',
    );
    expect(messageOf('{"schemaVersion": 2, "id": "p", "codebook": {"tags": []}}')).toBe(
      'This is a Glossator project file (project.json), not a codebook file. Export the codebook from the project instead.',
    );
    expect(messageOf('{"format": "w3c-annotation"}')).toBe(
      'This is a “w3c-annotation” file, not a Glossator codebook.',
    );
    expect(messageOf('{"tags": []}')).toBe(
      'This JSON file is not a Glossator codebook: it has no "format": "glossator-codebook".',
    );
    expect(messageOf('[1, 2]')).toBe('This JSON file is not a Glossator codebook: it holds no codebook object.');
    expect(messageOf('null')).toBe('This JSON file is not a Glossator codebook: it holds no codebook object.');
  });
  it('refuses a file from a newer Glossator', () => {
    expect(messageOf(fileWith((f) => (f.version = 2)))).toBe(
      'This codebook was exported by a newer Glossator (file version 2); this Glossator reads version 1. Update Glossator to import it.',
    );
  });
  it('names where the schema fails, with the tag’s name', () => {
    expect(messageOf(fileWith((f) => (f.tags[14]!.color = 'purple')))).toBe(
      'The codebook file is damaged at tags[14] (“Terrorism”).color: must be a colour like #1f77b4.',
    );
    expect(messageOf(fileWith((f) => (f.tags[2]!.shortcut = 'Q')))).toBe(
      'The codebook file is damaged at tags[2] (“Causal”).shortcut: must be one lowercase letter or digit.',
    );
    expect(messageOf(fileWith((f) => (f.tags[0]!.kind = 'quote' as never)))).toMatch(
      /^The codebook file is damaged at tags\[0\] \(“Claim”\)\.kind: /,
    );
    expect(messageOf(fileWith((f) => (f.version = 0)))).toMatch(/^The codebook file is damaged at version: /);
    expect(messageOf(fileWith((f) => delete f.exported))).toMatch(/^The codebook file is damaged at exported: /);
    expect(messageOf(fileWith((f) => (f.tags = 'none' as never)))).toMatch(/^The codebook file is damaged at tags: /);
    expect(messageOf(fileWith((f) => (f.extra = true)))).toMatch(
      /^The codebook file is damaged at the top level: .*extra/,
    );
  });
  it('refuses duplicate ids, missing parents, cycles and duplicate shortcuts', () => {
    expect(messageOf(fileWith((f) => (f.tags[1]!.id = 'claim')))).toBe(
      'The codebook file cannot be used: Two tags have the id “claim” (“Claim” and “Threat assessment”).',
    );
    expect(messageOf(fileWith((f) => (f.tags[1]!.parent = 'ghost')))).toBe(
      'The codebook file cannot be used: The tag “Threat assessment” has the parent “ghost”, which is not in the codebook.',
    );
    expect(messageOf(fileWith((f) => (f.tags[0]!.parent = 'claim-causal')))).toBe(
      'The codebook file cannot be used: The parents of these tags go round in a circle: Claim › Causal › Claim.',
    );
    expect(messageOf(fileWith((f) => (f.tags[20]!.shortcut = '1')))).toBe(
      'The codebook file cannot be used: “Claim” and “Source / attribution” both have the shortcut “1”.',
    );
  });
  it('refuses __proto__, constructor and prototype keys anywhere', () => {
    const proto = text.replace('"kind": "statement"', '"kind": "statement", "__proto__": {"polluted": true}');
    expect(messageOf(proto)).toBe(
      'The file contains the key “__proto__” (at tags[0]), which Glossator refuses for safety.',
    );
    expect(messageOf('{"constructor": {"prototype": {}}}')).toBe(
      'The file contains the key “constructor” (at the top level), which Glossator refuses for safety.',
    );
    expect(messageOf('{"a": [{"b": {"prototype": 1}}]}')).toBe(
      'The file contains the key “prototype” (at a[0].b), which Glossator refuses for safety.',
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // A tag may still be *named* constructor: only keys are refused.
    expect(parseCodebookFile(fileWith((f) => (f.tags[20]!.name = 'constructor'))).ok).toBe(true);
  });
  it('never throws, even on deeply nested input', () => {
    const deep = `${'['.repeat(500_000)}${']'.repeat(500_000)}`;
    expect(parseCodebookFile(deep).ok).toBe(false);
    const deepObject = `${'{"a":'.repeat(200_000)}1${'}'.repeat(200_000)}`;
    expect(parseCodebookFile(deepObject).ok).toBe(false);
  });
});
