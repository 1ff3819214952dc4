import { describe, expect, it } from 'vitest';
import { annotateSpan } from '../anchoring/annotate-span.ts';
import { reanchorLayer } from './reanchor-layer.ts';

const on = (text: string, words: string, id: string, occurrence = 0) => {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(words, start + 1);
  return annotateSpan(text, { id, documentId: 'd', coderId: 'c', tagId: 't', start, end: start + words.length });
};

describe('reanchorLayer', () => {
  it('places each annotation on our text by its exact words and context; one whose words are gone is an orphan', () => {
    const theirs = 'Title\r\nThe SCO met. The SCO agreed on 👩‍💻 cooperation.';
    const ours = 'The SCO met.\nThe SCO agreed on 👩‍💻 cooperation!';
    const second = on(theirs, 'SCO', 'second', 1);
    const gone = on(theirs, 'Title', 'gone');
    const emoji = on(theirs, '👩‍💻', 'emoji');
    const result = reanchorLayer([second, gone, emoji], ours);
    expect(result.placed).toBe(2);
    const [a, orphan, e] = result.annotations;
    // The second "SCO", by its context, not the first one.
    expect(a!.start).toBe(ours.indexOf('SCO', 5));
    expect(ours.slice(a!.start, a!.end)).toBe('SCO');
    expect(a!.quote.prefix.endsWith('met.\nThe ')).toBe(true);
    expect(ours.slice(e!.start, e!.end)).toBe('👩‍💻');
    expect(orphan).toMatchObject({ id: 'gone', orphaned: true, quote: { exact: 'Title' } });
    expect(orphan!.start).toBe(orphan!.end);
    expect(result.orphans.map((o) => o.id)).toEqual(['gone']);
  });

  it('never matches a part of a surrogate pair, and puts an orphan at a point inside the text', () => {
    const ours = '𝔸';
    const theirs = annotateSpan('abc𝔸', { id: 'x', documentId: 'd', coderId: 'c', tagId: 't', start: 0, end: 3 });
    const [orphan] = reanchorLayer([theirs], ours).annotations;
    expect(orphan).toMatchObject({ orphaned: true, start: 0, end: 0 });
    const far = {
      ...theirs,
      start: 1,
      end: 1,
      orphaned: true as const,
      quote: { exact: 'zzz', prefix: '', suffix: '' },
    };
    expect(reanchorLayer([far], ours).annotations[0]).toMatchObject({ start: 0, end: 0 });
  });

  it('an orphan that comes back placeable is placed again, without its orphan mark', () => {
    const text = 'alpha beta';
    const orphan = { ...on(text, 'beta', 'b'), start: 0, end: 0, orphaned: true as const };
    expect(reanchorLayer([orphan], text).annotations[0]).toMatchObject({ start: 6, end: 10 });
    expect(reanchorLayer([orphan], text).annotations[0]).not.toHaveProperty('orphaned');
  });
});
