import { describe, expect, it } from 'vitest';
import { checkContexts, fileItems, W3cRefusal } from './w3c-json.ts';

const ctx = 'http://www.w3.org/ns/anno.jsonld';
const anno = (id: string) => ({ '@context': ctx, id, type: 'Annotation', target: 'https://x.org/' });
const key = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof W3cRefusal) return e.text.key;
    throw e;
  }
  return 'ok';
};

describe('W3C file shapes', () => {
  it('takes one annotation, a list, a page, a collection with embedded pages, a @graph', () => {
    expect(fileItems(anno('a')).items).toHaveLength(1);
    expect(fileItems([anno('a'), anno('b')]).items).toHaveLength(2);
    const { '@context': _, ...bare } = anno('b');
    expect(fileItems({ '@context': ctx, type: 'AnnotationPage', items: [bare] }).items).toHaveLength(1);
    const collection = {
      '@context': ctx,
      type: 'AnnotationCollection',
      total: 2,
      first: { id: 'p1', type: 'AnnotationPage', startIndex: 0, items: [bare] },
      '@included': [{ id: 'p2', type: 'AnnotationPage', startIndex: 1, items: [{ ...bare, id: 'c' }] }],
    };
    expect(fileItems(collection).items.map((a) => a.id)).toEqual(['b', 'c']);
    expect(fileItems({ '@context': ctx, '@graph': [bare, { ...bare, id: 'd' }] }).items).toHaveLength(2);
  });

  it('refuses a list with an annotation lacking @context, a collection with pages elsewhere, and anything else', () => {
    const { '@context': _, ...bare } = anno('b');
    expect(key(() => fileItems([anno('a'), bare]))).toBe('exchange:w3c-noContext');
    expect(
      key(() => fileItems({ '@context': ctx, type: 'AnnotationCollection', total: 3, first: 'https://x/p1' })),
    ).toBe('exchange:w3c-pagesMissing');
    expect(key(() => fileItems({ '@context': ctx, type: 'AnnotationCollection', total: 0 }))).toBe('ok');
    expect(key(() => fileItems('text'))).toBe('exchange:w3c-notAnnotations');
    expect(key(() => fileItems([]))).toBe('exchange:w3c-notAnnotations');
  });

  it('takes only the official context, by its URL (http or https), at any depth; a JSON literal is data', () => {
    expect(key(() => checkContexts({ '@context': [ctx] }))).toBe('ok');
    expect(key(() => checkContexts({ '@context': 'https://www.w3.org/ns/anno.jsonld' }))).toBe('ok');
    expect(key(() => checkContexts({ '@context': [ctx, 'https://schema.org/'] }))).toBe('exchange:w3c-remoteContext');
    expect(key(() => checkContexts({ a: [{ b: { '@context': { x: 'y' } } }] }))).toBe('exchange:w3c-remoteContext');
    expect(key(() => checkContexts({ r: { '@type': '@json', '@value': { '@context': 'http://evil/' } } }))).toBe('ok');
  });
});
