import { SaxesParser } from 'saxes';
import { message } from '../../i18n/message.ts';
import { RefiProblem } from './read-problem.ts';

/** One element of a parsed document: its local name, namespace, attributes, child elements and text. */
export interface XmlElement {
  name: string;
  ns: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** The element's own character data (text and CDATA directly inside it), entities decoded. */
  text: string;
}

/** Bounds on what one XML file may hold, so a hostile file is refused before it costs memory. */
export interface XmlCaps {
  /** Elements in the whole document. */
  maxElements: number;
  /** Elements nested inside one another (codes of any sane depth fit many times over). */
  maxDepth: number;
  /** Attributes on one element (a REFI element has a dozen at most). */
  maxAttributes: number;
}

/** A project of 1,000 sources and 50,000 codings is about 300,000 elements. */
export const defaultXmlCaps: Readonly<XmlCaps> = Object.freeze({
  maxElements: 1_000_000,
  maxDepth: 256,
  maxAttributes: 1_000,
});

/**
 * Parses an untrusted XML file into a tree. Safe by construction: saxes
 * never reads a DTD, never fetches anything and knows no entity but the five
 * predefined ones and character references; on top of that any DOCTYPE
 * (where entities would be declared) is refused outright, so an XXE or a
 * billion-laughs file gets a clear message instead of a parse. Not
 * well-formed XML is refused with saxes's line and column.
 */
export function parseXml(xml: string, file: string, caps: XmlCaps = defaultXmlCaps): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let count = 0;
  let problem: RefiProblem | null = null;
  const fail = (p: RefiProblem) => {
    problem ??= p;
    throw p;
  };
  parser.on('doctype', () => fail(new RefiProblem(message('exchange:refi-doctype', { file }))));
  parser.on('opentag', (tag) => {
    count += 1;
    if (count > caps.maxElements)
      fail(new RefiProblem(message('exchange:refi-xmlTooLarge', { file, max: caps.maxElements })));
    if (stack.length >= caps.maxDepth)
      fail(new RefiProblem(message('exchange:refi-xmlTooDeep', { file, max: caps.maxDepth })));
    if (Object.keys(tag.attributes).length > caps.maxAttributes)
      fail(new RefiProblem(message('exchange:refi-xmlTooManyAttributes', { file, max: caps.maxAttributes })));
    const attrs: Record<string, string> = Object.create(null);
    for (const attr of Object.values(tag.attributes)) {
      // Attributes without a prefix have no namespace in XML; REFI's own are all unprefixed.
      if (attr.prefix === '' && attr.local !== 'xmlns') attrs[attr.local] = attr.value;
    }
    const element: XmlElement = { name: tag.local, ns: tag.uri, attrs, children: [], text: '' };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  const addText = (text: string) => {
    const current = stack[stack.length - 1];
    if (current) current.text += text;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  try {
    parser.write(xml).close();
  } catch (error) {
    if (problem) throw problem;
    if (error instanceof RefiProblem) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    // saxes words an entity it does not know (one a DTD would have declared) as "undefined entity".
    // An ENTITY declaration outside a DOCTYPE is no XML at all; said as what it tries to be.
    if (/undefined entity/i.test(reason) || /<!ENTITY/.test(xml)) {
      throw new RefiProblem(message('exchange:refi-entity', { file }));
    }
    throw new RefiProblem(message('exchange:refi-badXml', { file, reason: reason.slice(0, 300) }));
  }
  if (!root) throw new RefiProblem(message('exchange:refi-noRoot', { file }));
  return root;
}

/** The child elements of `element` named `name`. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c) => c.name === name);
}

/** The first child element of `element` named `name`, if any. */
export function childNamed(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((c) => c.name === name);
}
