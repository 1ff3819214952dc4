import type { RefiCode } from './read-records.ts';
import { attr, noteRefs, requiredAttr, textOf } from './read-xml-fields.ts';
import { childNamed, childrenNamed, type XmlElement } from './read-xml.ts';

/**
 * The codes of a CodeBook element (project or .qdc alike), flattened in
 * document order with each one's parent: codes nest to any depth.
 */
export function readCodes(codeBook: XmlElement | undefined, file: string): RefiCode[] {
  const out: RefiCode[] = [];
  const codes = codeBook ? childNamed(codeBook, 'Codes') : undefined;
  if (!codes) return out;
  // An explicit stack, not recursion: a deep hostile tree is bounded by the parser's depth cap, not the call stack.
  const todo: Array<{ element: XmlElement; parent: string | null }> = childrenNamed(codes, 'Code')
    .reverse()
    .map((element) => ({ element, parent: null }));
  while (todo.length > 0) {
    const { element, parent } = todo.pop() as { element: XmlElement; parent: string | null };
    const guid = requiredAttr(element, 'guid', file);
    out.push({
      guid,
      name: attr(element, 'name') ?? '',
      parent,
      color: attr(element, 'color'),
      description: textOf(childNamed(element, 'Description')),
      noteRefs: noteRefs(element),
    });
    const nested = childrenNamed(element, 'Code');
    for (let i = nested.length - 1; i >= 0; i--) todo.push({ element: nested[i] as XmlElement, parent: guid });
  }
  return out;
}
