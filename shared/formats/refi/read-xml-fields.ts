import { message } from '../../i18n/message.ts';
import { RefiProblem } from './read-problem.ts';
import type { RefiTextPlace } from './read-records.ts';
import { childNamed, childrenNamed, type XmlElement } from './read-xml.ts';

/** An attribute's value, trimmed; null when absent or blank. */
export function attr(element: XmlElement, name: string): string | null {
  const value = element.attrs[name]?.trim();
  return value ? value : null;
}

/** An attribute the standard requires: its absence refuses the file (no stable id can be made without it). */
export function requiredAttr(element: XmlElement, name: string, file: string): string {
  const value = attr(element, name);
  if (value === null)
    throw new RefiProblem(message('exchange:refi-missingAttribute', { file, element: element.name, attribute: name }));
  return value;
}

/** A text element's content with its surrounding white space (the XML's indentation) removed; '' when absent. */
export function textOf(element: XmlElement | undefined): string {
  return element ? element.text.trim() : '';
}

/** The GUIDs named by an element's NoteRef children. */
export function noteRefs(element: XmlElement): string[] {
  return childrenNamed(element, 'NoteRef')
    .map((r) => attr(r, 'targetGUID'))
    .filter((g): g is string => g !== null);
}

/**
 * Where a TextSource (or Note) keeps its plain text: `plainTextPath`
 * (internal://, relative:// or absolute://, the standard's three schemes;
 * a bare name is taken as internal, as some tools write it) or an inline
 * PlainTextContent. The content is taken exactly, white space and all: its
 * offsets count from its first character.
 */
export function textPlace(element: XmlElement): RefiTextPlace {
  const path = attr(element, 'plainTextPath');
  if (path !== null) {
    const scheme = /^([a-z]+):\/\/(.*)$/i.exec(path);
    if (!scheme) return { kind: 'internal', path };
    const kind = (scheme[1] as string).toLowerCase();
    const rest = scheme[2] as string;
    if (kind === 'internal' || kind === 'relative' || kind === 'absolute') return { kind, path: rest };
    return { kind: 'absolute', path };
  }
  const content = childNamed(element, 'PlainTextContent');
  return content ? { kind: 'content', text: content.text } : { kind: 'none' };
}

/** An integer attribute as written (xsd:integer: optional sign, digits); NaN when absent or not an integer. */
export function integerAttr(element: XmlElement, name: string): number {
  const value = attr(element, name);
  return value !== null && /^[+-]?\d{1,15}$/.test(value) ? Number(value) : Number.NaN;
}
