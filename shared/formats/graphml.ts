import { xml } from './xml-text.ts';
import type { NetworkData } from '../network/network-data.ts';

/**
 * A network as GraphML 1.0, readable by Gephi, visone, igraph and networkx.
 * Typed keys: nodes have `label` and `type`; edges `weight` (double),
 * `stance`, `link_type`, `first_date` and `last_date` (ISO dates as
 * strings; empty when unknown). The link graph is directed, the others
 * undirected. Every value is XML-escaped: names with markup stay text.
 */
export function toGraphml(network: NetworkData): string {
  const directed = network.kind === 'links';
  const keys = [
    key('label', 'node', 'string'),
    key('type', 'node', 'string'),
    key('detail', 'node', 'string'),
    key('weight', 'edge', 'double'),
    key('stance', 'edge', 'string'),
    key('link_type', 'edge', 'string'),
    key('first_date', 'edge', 'string'),
    key('last_date', 'edge', 'string'),
  ];
  const nodes = network.nodes.map(
    (n) =>
      `    <node id="${xml(n.id)}">${data('label', n.label)}${data('type', n.type)}${n.detail ? data('detail', n.detail) : ''}</node>`,
  );
  const edges = network.edges.map(
    (e, i) =>
      `    <edge id="e${i}" source="${xml(e.source)}" target="${xml(e.target)}">${data('weight', String(e.weight))}${
        e.stance ? data('stance', e.stance) : ''
      }${e.linkType ? data('link_type', e.linkType) : ''}${data('first_date', e.firstDate ?? '')}${data('last_date', e.lastDate ?? '')}</edge>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys,
    `  <graph id="${network.kind}" edgedefault="${directed ? 'directed' : 'undirected'}">`,
    ...nodes,
    ...edges,
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}

function key(name: string, target: 'node' | 'edge', type: 'string' | 'double'): string {
  return `  <key id="${name}" for="${target}" attr.name="${name}" attr.type="${type}"/>`;
}

function data(keyId: string, value: string): string {
  return `<data key="${keyId}">${xml(value)}</data>`;
}
