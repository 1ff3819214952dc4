import type { Coder } from '../../model/coder.ts';

/** A link brat cannot hold, as the README lists it. */
export interface UnheldLink {
  id: string;
  coder: string;
  type: string;
  from: string;
  to: string;
  why: 'other-document' | 'other-layer' | 'not-exported';
}

export interface ReadmeInput {
  project: string;
  coders: readonly Coder[];
  documents: ReadonlyArray<{ id: string; title: string }>;
  links: readonly UnheldLink[];
  skippedAnnotations: number;
  documentMemos: number;
  linksOutsideExport: number;
}

const why: Record<UnheldLink['why'], string> = {
  'other-document': 'its ends are in two documents (brat relations stay inside one document)',
  'other-layer': "its ends are in two coders' layers (each coder's layer is a collection of its own here)",
  'not-exported': 'an end of it was not written (an orphaned annotation, or a span of line breaks only)',
};

/** One field of a tab-separated row: tabs and line breaks would break the row. */
const cell = (value: string) => value.replace(/[\t\r\n]+/g, ' ');

/**
 * README.txt of a brat export: the layout, the units, what each line kind
 * holds, and everything brat cannot hold, listed rather than dropped
 * silently. Written in English, like the format's own documentation: it is
 * part of the file, read by whoever opens the zip, not by Glossator.
 */
export function bratReadme(input: ReadmeInput): string {
  const out = [
    `brat standoff export of the Glossator project "${cell(input.project)}"`,
    '',
    'Layout: one folder per coder, named by the coder id; in each, every exported document as',
    '<document id>.txt (UTF-8, no BOM, LF line ends: the text as Glossator stores it, normalised to NFC)',
    'and <document id>.ann. annotation.conf and visual.conf at the top apply to every folder.',
    'Offsets count Unicode code points on the .txt, start inclusive, end exclusive.',
    '',
    'Lines of an .ann file:',
    '  T  an annotation: its tag as the entity type (visual.conf gives the full tag name and colour);',
    '     a span over several lines is written as fragments "s1 e1;s2 e2" without the line breaks,',
    '     its text the fragments joined by a space (as brat writes it); line breaks at either end are not marked',
    '  A  Stance (supports|opposes|neutral|unclear) and Date (the statement date) of a statement',
    '  N  Reference = the actor a mention names, Speaker, Addressee, Concept: Glossator:<id> and the name',
    '  #  AnnotatorNotes: the memo, one line each',
    '  R  a link between two annotations of the same document and coder (Arg1 = from, Arg2 = to)',
    '',
    'Coders (folder = id):',
    ...input.coders.map((c) => `  ${c.id}\t${cell(c.name)}`),
    '',
    'Documents (file = id):',
    ...input.documents.map((d) => `  ${d.id}\t${cell(d.title)}`),
    '',
    'Not held by brat, so not in the .ann files:',
    '  tag descriptions, shortcuts and kinds; actor types, aliases and affiliations; concept descriptions;',
    '  document metadata; creation and modification times; the original text as imported (before normalisation).',
    `  Annotations not written (orphaned, or a span of line breaks only): ${input.skippedAnnotations}`,
    `  Document memos (brat notes belong to annotations): ${input.documentMemos}`,
    `  Links with an end outside the export: ${input.linksOutsideExport}`,
    `  Links brat cannot hold, listed below: ${input.links.length}`,
  ];
  if (input.links.length) {
    out.push('', 'link\tcoder\ttype\tfrom annotation (document)\tto annotation (document)\twhy');
    for (const l of input.links) out.push([l.id, l.coder, l.type, l.from, l.to, why[l.why]].map(cell).join('\t'));
  }
  return `${out.join('\n')}\n`;
}
