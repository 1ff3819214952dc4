import { type Message, message } from '../../../shared/i18n/message.ts';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { decodeText, type TextEncoding } from '../../../shared/text/decode-text.ts';
import { htmlToText } from './html-to-text.ts';
import type { ReadResult } from './read-result.ts';

const declaredCharsets: Record<string, TextEncoding> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'windows-1251': 'windows-1251',
  cp1251: 'windows-1251',
  'koi8-r': 'koi8-r',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
};

/**
 * The article of a saved web page. The bytes are decoded by the charset
 * the page declares (or as a text file would be); linkedom builds a DOM,
 * which never loads or runs anything; Mozilla's Readability picks the
 * article out of the page (falling back to the whole body for pages too
 * short for it); the page's own metadata fills the details.
 */
export function readHtml(bytes: Uint8Array, override?: TextEncoding): ReadResult {
  const declared = declaredCharset(bytes);
  const decoded = decodeText(bytes, override ?? declared ?? undefined);
  if (!decoded.ok) return { ok: false, reason: decoded.reason };
  const { document } = parseHTML(decoded.text);
  const scripts = document.querySelectorAll('script').length;
  const frames = document.querySelectorAll('iframe, frame, object, embed').length;
  const meta = pageMetadata(document);
  const article = new Readability(document.cloneNode(true) as unknown as Document, { charThreshold: 200 }).parse();
  let text = '';
  if (article?.content) {
    const { document: content } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
    text = htmlToText(content.body);
  }
  if (!text.trim()) text = htmlToText(document.body ?? document);
  if (!text.trim()) return { ok: false, reason: message('importing:reasonPageEmpty') };
  const warnings: Message[] = [];
  // Both: the window words each count (importing:scriptCount, frameCount) into the sentence.
  if (scripts && frames) warnings.push(message('importing:warningScriptsAndFrames', { scripts, frames }));
  else if (scripts) warnings.push(message('importing:warningScripts', { count: scripts }));
  else if (frames) warnings.push(message('importing:warningFrames', { count: frames }));
  const title = (article?.title || meta.title || '').trim();
  return {
    ok: true,
    format: 'html',
    text,
    encoding: decoded.encoding,
    detectedBy: override ? 'override' : declared ? 'declared' : decoded.by,
    hints: {
      title: title || undefined,
      author: (article?.byline || meta.author || '').trim() || undefined,
      source: (article?.siteName || meta.siteName || '').trim() || undefined,
      date: isoDate(article?.publishedTime || meta.published),
      url: meta.url,
      language: (article?.lang || meta.lang || '').trim().split(/[-_]/)[0]?.toLowerCase() || undefined,
    },
    warnings,
  };
}

/** The charset a page declares in its first bytes (<meta charset> or http-equiv), if one we read. */
function declaredCharset(bytes: Uint8Array): TextEncoding | null {
  const head = String.fromCharCode(...bytes.subarray(0, 4096));
  const found = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  return (found && declaredCharsets[found]) || null;
}

interface QueryableDocument {
  querySelector(selector: string): { getAttribute(name: string): string | null; textContent: string | null } | null;
  documentElement: { getAttribute(name: string): string | null } | null;
}

function pageMetadata(document: QueryableDocument) {
  const metaContent = (...selectors: string[]) => {
    for (const s of selectors) {
      const value = document.querySelector(s)?.getAttribute('content')?.trim();
      if (value) return value;
    }
    return undefined;
  };
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim();
  const url = canonical || metaContent('meta[property="og:url"]');
  return {
    title: metaContent('meta[property="og:title"]') ?? document.querySelector('title')?.textContent?.trim(),
    author: metaContent('meta[name="author"]', 'meta[property="article:author"]'),
    siteName: metaContent('meta[property="og:site_name"]'),
    published: metaContent(
      'meta[property="article:published_time"]',
      'meta[name="date"]',
      'meta[itemprop="datePublished"]',
    ),
    url: url && /^https?:\/\//i.test(url) ? url : undefined,
    lang: document.documentElement?.getAttribute('lang') ?? undefined,
  };
}

/** 2023-09-08T12:51:00+05:00 → 2023-09-08T12:51 (as written, without converting the zone). */
function isoDate(value: string | null | undefined): string | undefined {
  const m = value && /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}))?/.exec(value.trim());
  return m ? (m[2] ? `${m[1]}T${m[2]}` : m[1]) : undefined;
}
