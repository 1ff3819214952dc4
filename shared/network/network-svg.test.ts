import { describe, expect, it } from 'vitest';
import { xml } from '../formats/xml-text.ts';
import { networkSvg, type SvgNode } from './network-svg.ts';

const actor: SvgNode = {
  id: 'a',
  label: 'Токаев',
  shape: 'ellipse',
  x: 0,
  y: 0,
  width: 30,
  height: 30,
  color: '#2d5fa8',
};
const concept: SvgNode = {
  id: 'c',
  label: '<b>SCO & "CSTO"</b>',
  shape: 'round-rectangle',
  x: 200,
  y: 100,
  width: 40,
  height: 24,
  color: '#c2571a',
};

describe('networkSvg', () => {
  it('draws nodes by shape, edges under them, and labels as escaped text', () => {
    const svg = networkSvg({
      nodes: [actor, concept],
      edges: [{ source: 'a', target: 'c', color: '#2e7d32', width: 3 }],
      title: 'actor-concept network',
    });
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(
      true,
    );
    expect(svg).toContain('<ellipse cx="0" cy="0" rx="15" ry="15" fill="#2d5fa8"');
    expect(svg).toContain('<rect x="180" y="88" width="40" height="24" rx="6" fill="#c2571a"');
    expect(svg).toContain('<line x1="0" y1="0" x2="200" y2="100" stroke="#2e7d32" stroke-width="3"');
    expect(svg).toContain('>Токаев</text>');
    expect(svg).toContain('>&lt;b&gt;SCO &amp; &quot;CSTO&quot;&lt;/b&gt;</text>');
    expect(svg).not.toContain('<b>');
    // Edges come before nodes, so nodes are drawn on top.
    expect(svg.indexOf('<line')).toBeLessThan(svg.indexOf('<ellipse'));
    expect(svg).toContain('<title>actor-concept network</title>');
  });

  it('fits the picture to the nodes and their labels with a margin', () => {
    const svg = networkSvg({ nodes: [actor, concept], edges: [] });
    const [, width, height] = /width="(\d+)" height="(\d+)" viewBox/.exec(svg) ?? [];
    // From the actor's left edge (-15) to the concept's label's right edge, plus margins.
    expect(Number(width)).toBeGreaterThan(230);
    expect(Number(height)).toBeGreaterThan(100 + 12 + 24 * 2);
    // The actor's label (six letters) is wider than the actor: it sets the left edge.
    expect(svg).toContain('translate(43.8 39)');
  });

  it('bows parallel edges apart and points arrows at the target when directed', () => {
    const svg = networkSvg({
      nodes: [actor, concept],
      edges: [
        { source: 'a', target: 'c', color: '#2e7d32', width: 1 },
        { source: 'a', target: 'c', color: '#c62828', width: 1 },
      ],
      directed: true,
    });
    expect(svg.match(/<path d="M0 0 Q/g)).toHaveLength(2);
    expect(svg).not.toContain('<line');
    expect(svg.match(/<polygon /g)).toHaveLength(2);
  });

  it('skips edges whose ends are not drawn and draws an empty network as a blank picture', () => {
    expect(
      networkSvg({ nodes: [actor], edges: [{ source: 'a', target: 'x', color: '#000', width: 1 }] }),
    ).not.toContain('<line');
    expect(networkSvg({ nodes: [], edges: [] })).toContain('width="48" height="48"');
  });

  it('shortens long labels and drops characters XML does not allow', () => {
    const svg = networkSvg({ nodes: [{ ...actor, label: `${'слово '.repeat(20)}\u0001` }], edges: [] });
    const label = /<text[^>]*>([^<]*)<\/text>/.exec(svg)?.[1] ?? '';
    expect([...label]).toHaveLength(60);
    expect(label.endsWith('…')).toBe(true);
    expect(xml('a\u0000b\ud800c\ud83d\ude00')).toBe('abc\ud83d\ude00');
  });
});
