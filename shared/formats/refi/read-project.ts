import { message } from '../../i18n/message.ts';
import { readCodes } from './read-codes.ts';
import { idOfGuid } from './read-ids.ts';
import { RefiProblem } from './read-problem.ts';
import type {
  RefiCoding,
  RefiLink,
  RefiNote,
  RefiProject,
  RefiSelection,
  RefiTextSource,
  RefiVariableValue,
} from './read-records.ts';
import { attr, integerAttr, noteRefs, requiredAttr, textOf, textPlace } from './read-xml-fields.ts';
import { childNamed, childrenNamed, parseXml, type XmlElement } from './read-xml.ts';

export const PROJECT_NAMESPACE = 'urn:QDA-XML:project:1.0';

/**
 * Reads a project.qde into plain records. Refuses what is not a REFI-QDA
 * project (another root element, an unsafe or broken XML); counts, in
 * `skipped`, what it holds that Glossator has no place for.
 */
export function readProjectXml(xml: string, file = 'project.qde'): RefiProject {
  const root = parseXml(xml, file);
  if (root.name !== 'Project' || (root.ns !== '' && root.ns !== PROJECT_NAMESPACE)) {
    throw new RefiProblem(message('exchange:refi-notProject', { file, root: root.name }));
  }
  // No prototype: its keys are element names from the file (a "__proto__" element is just a name).
  const skipped: Record<string, number> = Object.create(null);
  const skip = (what: string, n = 1) => {
    if (n > 0) skipped[what] = (skipped[what] ?? 0) + n;
  };
  for (const name of ['Sets', 'Graphs']) {
    const holder = childNamed(root, name);
    if (holder) skip(name, holder.children.length);
  }
  const sources: RefiTextSource[] = [];
  for (const source of childNamed(root, 'Sources')?.children ?? []) {
    if (source.name === 'TextSource') sources.push(readTextSource(source, file, skip));
    else {
      // A PDF's text representation (NVivo, MAXQDA) is a text source with selections of its own: taken as one.
      const representation = source.name === 'PDFSource' ? childNamed(source, 'Representation') : undefined;
      if (representation) {
        const text = readTextSource(representation, file, skip);
        sources.push({ ...text, name: text.name ?? attr(source, 'name') });
        for (const _ of childrenNamed(source, 'PDFSelection')) skip('PDFSelection');
      } else skip(source.name);
    }
  }
  return {
    name: attr(root, 'name'),
    origin: attr(root, 'origin'),
    creatingUser: attr(root, 'creatingUserGUID'),
    created: attr(root, 'creationDateTime'),
    basePath: attr(root, 'basePath'),
    variables: new Map(
      childrenNamed(childNamed(root, 'Variables') ?? root, 'Variable').map((v) => [
        idOfGuid(requiredAttr(v, 'guid', file)),
        attr(v, 'name') ?? '',
      ]),
    ),
    users: childrenNamed(childNamed(root, 'Users') ?? root, 'User').map((u) => ({
      guid: requiredAttr(u, 'guid', file),
      name: attr(u, 'name'),
    })),
    codes: readCodes(childNamed(root, 'CodeBook'), file),
    sources,
    notes: childrenNamed(childNamed(root, 'Notes') ?? root, 'Note').map((n) => readNote(n, file)),
    links: childrenNamed(childNamed(root, 'Links') ?? root, 'Link').map((l) => readLink(l, file)),
    cases: childrenNamed(childNamed(root, 'Cases') ?? root, 'Case').map((c) => ({
      guid: requiredAttr(c, 'guid', file),
      name: attr(c, 'name'),
      description: textOf(childNamed(c, 'Description')),
      variables: variableValues(c),
      selectionRefs: childrenNamed(c, 'SelectionRef')
        .map((r) => attr(r, 'targetGUID'))
        .filter((g): g is string => g !== null),
    })),
    skipped,
  };
}

function readTextSource(source: XmlElement, file: string, skip: (what: string) => void): RefiTextSource {
  // A coding of the whole source (not of a selection) has no span to stand on.
  for (const _ of childrenNamed(source, 'Coding')) skip('SourceCoding');
  return {
    guid: requiredAttr(source, 'guid', file),
    name: attr(source, 'name'),
    place: textPlace(source),
    creatingUser: attr(source, 'creatingUser'),
    created: attr(source, 'creationDateTime'),
    modified: attr(source, 'modifiedDateTime'),
    description: textOf(childNamed(source, 'Description')),
    selections: childrenNamed(source, 'PlainTextSelection').map((s) => readSelection(s, file)),
    noteRefs: noteRefs(source),
    variables: variableValues(source),
  };
}

/** An element's VariableValues: whichever typed value each holds (TextValue, DateValue, IntegerValue…), as written. */
function variableValues(element: XmlElement): RefiVariableValue[] {
  return childrenNamed(element, 'VariableValue').flatMap((v) => {
    const ref = childNamed(v, 'VariableRef');
    const target = ref ? attr(ref, 'targetGUID') : null;
    const value = v.children.find((c) => c.name.endsWith('Value'));
    return target && value ? [{ variable: idOfGuid(target), value: value.text.trim() }] : [];
  });
}

function readSelection(selection: XmlElement, file: string): RefiSelection {
  return {
    guid: requiredAttr(selection, 'guid', file),
    name: selection.attrs.name ?? null,
    start: integerAttr(selection, 'startPosition'),
    end: integerAttr(selection, 'endPosition'),
    creatingUser: attr(selection, 'creatingUser'),
    created: attr(selection, 'creationDateTime'),
    modified: attr(selection, 'modifiedDateTime'),
    description: textOf(childNamed(selection, 'Description')),
    codings: childrenNamed(selection, 'Coding').map((c) => readCoding(c, file)),
    noteRefs: noteRefs(selection),
  };
}

function readCoding(coding: XmlElement, file: string): RefiCoding {
  const ref = childNamed(coding, 'CodeRef');
  return {
    guid: requiredAttr(coding, 'guid', file),
    codeGuid: ref ? requiredAttr(ref, 'targetGUID', file) : '',
    creatingUser: attr(coding, 'creatingUser'),
    created: attr(coding, 'creationDateTime'),
    noteRefs: noteRefs(coding),
  };
}

function readNote(note: XmlElement, file: string): RefiNote {
  return {
    guid: requiredAttr(note, 'guid', file),
    name: attr(note, 'name'),
    place: textPlace(note),
    creatingUser: attr(note, 'creatingUser'),
    created: attr(note, 'creationDateTime'),
  };
}

function readLink(link: XmlElement, file: string): RefiLink {
  return {
    guid: requiredAttr(link, 'guid', file),
    name: attr(link, 'name'),
    direction: attr(link, 'direction'),
    color: attr(link, 'color'),
    origin: attr(link, 'originGUID'),
    target: attr(link, 'targetGUID'),
    noteRefs: noteRefs(link),
  };
}
