import { describe, expect, it } from 'vitest';
import { RefiProblem } from './read-problem.ts';
import { defaultXmlCaps, parseXml } from './read-xml.ts';

/** The refusal's message key, or null when the XML was parsed. */
function refusal(xml: string, caps = defaultXmlCaps): string | null {
  try {
    parseXml(xml, 'test.xml', caps);
    return null;
  } catch (error) {
    if (error instanceof RefiProblem) return error.text.key;
    throw error;
  }
}

const attributes = (n: number) => Array.from({ length: n }, (_, i) => ` a${i}="x"`).join('');

describe('the caps on one XML file', () => {
  it('are a million elements and a thousand attributes on one element by default', () => {
    expect(defaultXmlCaps).toEqual({ maxElements: 1_000_000, maxDepth: 256, maxAttributes: 1_000 });
  });

  it('refuse more elements than the cap', () => {
    const caps = { ...defaultXmlCaps, maxElements: 3 };
    expect(refusal('<a><b/><c/></a>', caps)).toBeNull();
    expect(refusal('<a><b/><c/><d/></a>', caps)).toBe('exchange:refi-xmlTooLarge');
  });

  it('refuse an element with more attributes than the cap', () => {
    const caps = { ...defaultXmlCaps, maxAttributes: 2 };
    expect(refusal(`<a${attributes(2)}/>`, caps)).toBeNull();
    expect(refusal(`<a><b${attributes(3)}/></a>`, caps)).toBe('exchange:refi-xmlTooManyAttributes');
  });

  it('refuse, by default, an element just over a thousand attributes', () => {
    expect(refusal(`<a${attributes(1_000)}/>`)).toBeNull();
    expect(refusal(`<a${attributes(1_001)}/>`)).toBe('exchange:refi-xmlTooManyAttributes');
  });
});
