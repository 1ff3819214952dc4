import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annotateSpan } from '../../anchoring/annotate-span.ts';
import type { Annotation } from '../../model/annotation.ts';
import { refiGuid } from './refi-guid.ts';
import { ProjectQdeWriter } from './write-project-qde.ts';

const pieces = ['а', 'Ж', 'x', ' ', '\n', '\t', '<', '&', '"', "'", '🙂', '👍🏽', '𝐌', 'é', '\u0301'];
const when = '2026-11-30T10:00:00.000Z';
const input = {
  project: { id: 'p', name: 'P' },
  exportedBy: { id: 'c', name: 'C' },
  coders: [{ id: 'c', name: 'C' }],
  tags: [
    { id: 't', name: 'T', parent: null, color: '#000000', description: '', shortcut: null, kind: 'plain' as const },
  ],
  actors: [],
  concepts: [],
  linkTypes: [],
  links: new Map(),
};

const entities: Record<string, string> = {
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
  '#10': '\n',
  '#13': '\r',
  '#9': '\t',
};
const unescaped = (value: string) =>
  value.replace(/&(lt|gt|amp|quot|apos|#10|#13|#9);/g, (_, e: string) => entities[e] as string);

describe('ProjectQdeWriter (property)', () => {
  it('every selection counts code points: text[start, end) taken by code points is the quote, and its name', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 60 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 8 }),
        (parts, spans) => {
          const text = parts.join('');
          // Offsets where a code point starts (never inside a surrogate pair).
          const starts: number[] = [];
          for (let i = 0, at = 0; i <= parts.length; i++) {
            starts.push(at);
            for (const ch of parts[i] ?? '') at += ch.length;
          }
          const annotations: Annotation[] = [];
          for (const [i, [x, y]] of spans.entries()) {
            const a = starts[x % starts.length] as number;
            const b = starts[y % starts.length] as number;
            if (a === b) continue;
            const [start, end] = a < b ? [a, b] : [b, a];
            annotations.push(
              annotateSpan(text, { id: `a${i}`, documentId: 'd', coderId: 'c', tagId: 't', start, end }, when),
            );
          }
          const writer = new ProjectQdeWriter(input, { origin: 'test', created: when });
          writer.source(
            {
              info: { id: 'd', title: 'D', metadata: {}, created: when, textLength: text.length },
              layers: new Map([['c', annotations]]),
            },
            text,
          );
          const xml = writer.finish().xml;
          const points = Array.from(text);
          for (const a of annotations) {
            const guid = refiGuid('selection', a.id, 'p');
            const m = xml.match(
              new RegExp(
                `<PlainTextSelection guid="${guid}" name="([^"]*)" startPosition="(\\d+)" endPosition="(\\d+)"`,
              ),
            );
            expect(m).not.toBeNull();
            const [, name, s, e] = m as RegExpMatchArray;
            expect(points.slice(Number(s), Number(e)).join('')).toBe(a.quote.exact);
            expect(unescaped(name as string)).toBe(a.quote.exact);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
