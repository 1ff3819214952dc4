import { message, type Message } from '../../i18n/message.ts';
import type { JsonNode } from './w3c-annotation-json.ts';
import { W3C_CONTEXTS } from './w3c-iris.ts';

/** A refusal of the whole file: nothing of it is imported. */
export class W3cRefusal extends Error {
  constructor(readonly text: Message) {
    super(text.key);
  }
}

export const isNode = (v: unknown): v is JsonNode => typeof v === 'object' && v !== null && !Array.isArray(v);
export const asList = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);
/** A string value, or the first of a list of them (JSON-LD allows either for most terms). */
export const oneString = (v: unknown): string | undefined => {
  const first = Array.isArray(v) ? v[0] : v;
  return typeof first === 'string' ? first : undefined;
};
/** The IRI of a reference: a string, or an object's `id`. */
export const refIri = (v: unknown): string | undefined => oneString(isNode(v) ? v.id : v);
/** True when `node`'s `type` is (or includes) `type`. */
export const hasType = (node: JsonNode, type: string): boolean => asList(node.type).includes(type);

/** Deeper than any annotation ever nests: a file nested further is refused before anything walks it. */
export const MAX_DEPTH = 64;

/**
 * Checks every `@context` in the file, at any depth: only the official
 * Web Annotation context, named by its URL, is taken (it is known, so never
 * fetched); a remote URL or an inline context of someone's own would change
 * what every term means, and nothing is ever fetched, so the file is
 * refused. Walks with a stack of its own: a hostile file nested a million
 * deep cannot exhaust ours.
 */
export function checkContexts(root: unknown): void {
  const stack: Array<[unknown, number]> = [[root, 0]];
  while (stack.length) {
    const [value, depth] = stack.pop() as [unknown, number];
    if (typeof value !== 'object' || value === null) continue;
    if (depth > MAX_DEPTH) throw new W3cRefusal(message('exchange:w3c-tooDeep', { depth: MAX_DEPTH }));
    if (Array.isArray(value)) {
      for (const v of value) stack.push([v, depth + 1]);
      continue;
    }
    const node = value as JsonNode;
    if ('@context' in node) {
      const list = asList(node['@context']);
      for (const c of list) {
        if (typeof c !== 'string' || !W3C_CONTEXTS.includes(c)) {
          const shown = typeof c === 'string' ? c.slice(0, 200) : JSON.stringify(c).slice(0, 200);
          throw new W3cRefusal(message('exchange:w3c-remoteContext', { context: shown }));
        }
      }
    }
    for (const [key, v] of Object.entries(node)) {
      // Our records are a JSON literal: their keys are data, not JSON-LD (a memo may well say "@context").
      if (key === '@value') continue;
      stack.push([v, depth + 1]);
    }
  }
}

/** Where the annotations of a file are, and the collection around them. */
export interface FileItems {
  /** The AnnotationCollection (or page, or annotation) at the top, for its label, creator and generator. */
  top: JsonNode | null;
  items: JsonNode[];
}

function pageItems(page: JsonNode): JsonNode[] {
  return asList(page.items).filter(isNode);
}

/**
 * The annotations of a file in the shapes tools write: one Annotation; a
 * list of them (RecogitoJS, Annotorious); an AnnotationPage; an
 * AnnotationCollection with its pages embedded (`first` and `@included`, as
 * we write it); or a `@graph` of any of these. A collection whose pages
 * live elsewhere (only their IRIs here) is refused: nothing is fetched.
 */
export function fileItems(root: unknown): FileItems {
  if (Array.isArray(root)) {
    if (!root.length || !root.every((n) => isNode(n) && hasType(n, 'Annotation')))
      throw new W3cRefusal(message('exchange:w3c-notAnnotations'));
    const first = root[0] as JsonNode;
    // Each annotation of a list carries its own @context: none may be missing.
    if (!root.every((n) => '@context' in (n as JsonNode))) throw new W3cRefusal(message('exchange:w3c-noContext'));
    return { top: first, items: root as JsonNode[] };
  }
  if (!isNode(root)) throw new W3cRefusal(message('exchange:w3c-notAnnotations'));
  if (!('@context' in root)) throw new W3cRefusal(message('exchange:w3c-noContext'));
  const nodes = [root, ...asList(root['@graph']).filter(isNode), ...asList(root['@included']).filter(isNode)];
  const collection = nodes.find((n) => hasType(n, 'AnnotationCollection')) ?? null;
  const pages = new Map<string, JsonNode>();
  const loose: JsonNode[] = [];
  for (const n of nodes) {
    if (hasType(n, 'AnnotationPage')) pages.set(refIri(n) ?? `#${pages.size}`, n);
    else if (hasType(n, 'Annotation')) loose.push(n);
  }
  if (collection && isNode(collection.first)) pages.set(refIri(collection.first) ?? '#first', collection.first);
  const ordered = [...pages.values()].sort((a, b) => Number(a.startIndex ?? 0) - Number(b.startIndex ?? 0));
  const items = [...loose, ...ordered.flatMap(pageItems)];
  if (collection) {
    const total = typeof collection.total === 'number' ? collection.total : null;
    if ((total !== null && total > items.length) || (collection.first !== undefined && !ordered.length))
      throw new W3cRefusal(message('exchange:w3c-pagesMissing', { total: total ?? 0, found: items.length }));
  }
  if (!items.length && !(collection && collection.total === 0))
    throw new W3cRefusal(message('exchange:w3c-notAnnotations'));
  return { top: collection ?? root, items };
}
