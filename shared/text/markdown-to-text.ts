import { Lexer, type Token } from 'marked';

/**
 * The readable text of a Markdown file: headings, paragraphs, list items
 * and quotes as lines (a blank line between blocks, as in the seeds),
 * emphasis and link markup removed (the link text kept), code kept as
 * written, images and raw HTML left out. Uses marked's lexer only: nothing
 * is rendered as HTML.
 */
export function markdownToText(markdown: string): string {
  const blocks: string[] = [];
  for (const token of new Lexer().lex(markdown)) collectBlock(token, blocks);
  return blocks.filter((b) => b.trim()).join('\n\n');
}

function collectBlock(token: Token, blocks: string[]): void {
  switch (token.type) {
    case 'heading':
    case 'paragraph':
      blocks.push(inlineText(token.tokens ?? []));
      return;
    case 'list':
      for (const item of token.items as Token[]) {
        const inner: string[] = [];
        for (const t of (item as { tokens?: Token[] }).tokens ?? []) collectBlock(t, inner);
        blocks.push(inner.join('\n'));
      }
      return;
    case 'blockquote':
      for (const t of token.tokens ?? []) collectBlock(t, blocks);
      return;
    case 'code':
      blocks.push(token.text as string);
      return;
    case 'text':
      blocks.push(token.tokens ? inlineText(token.tokens) : (token.text as string));
      return;
    case 'table': {
      const row = (cells: Array<{ tokens: Token[] }>) => cells.map((c) => inlineText(c.tokens)).join('\t');
      blocks.push([row(token.header), ...(token.rows as Array<Array<{ tokens: Token[] }>>).map(row)].join('\n'));
      return;
    }
    default:
      // hr, html, space, def: not part of the text.
      return;
  }
}

function inlineText(tokens: readonly Token[]): string {
  let out = '';
  for (const t of tokens) {
    if (t.type === 'image' || t.type === 'html') continue;
    if (t.type === 'br') out += '\n';
    else if ('tokens' in t && t.tokens?.length) out += inlineText(t.tokens);
    else if (t.type === 'escape' || t.type === 'codespan' || t.type === 'text') out += decodeEntities(t.text as string);
    else out += decodeEntities((t as { text?: string }).text ?? '');
  }
  return out;
}

/** marked leaves &, <, > and quotes as entities in text tokens. */
function decodeEntities(s: string): string {
  return s.replace(
    /&(amp|lt|gt|quot|#39);/g,
    (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e] ?? _,
  );
}
