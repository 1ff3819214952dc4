/** Elements whose content starts on a new line of the text. */
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TR',
  'UL',
  'CAPTION',
]);
/** Elements that are never text. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'CANVAS', 'HEAD']);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/**
 * The text of an element as a reader sees it: each block (paragraph,
 * heading, list item, table row…) on its own line, a blank line between
 * blocks, runs of spaces collapsed, table cells apart by a tab. Scripts,
 * styles and frames contribute nothing.
 */
export function htmlToText(root: DomNode): string {
  const blocks: string[] = [];
  let line = '';
  const flush = () => {
    const t = line.replace(/[ \t\u00a0]*\n[ \t\u00a0]*/g, '\n').trim();
    if (t) blocks.push(t);
    line = '';
  };
  const walk = (node: DomNode, pre: boolean) => {
    if (node.nodeType === 3) {
      const text = node.textContent ?? '';
      line += pre ? text : text.replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) return;
    if (name === 'BR') {
      line += '\n';
      return;
    }
    if (name === 'TD' || name === 'TH') line += line && !line.endsWith('\t') ? '\t' : '';
    const block = BLOCKS.has(name);
    if (block) flush();
    for (const child of Array.from(node.childNodes)) walk(child, pre || name === 'PRE');
    if (block) flush();
  };
  walk(root, false);
  flush();
  return blocks.join('\n\n');
}
