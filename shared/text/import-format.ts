import { limits } from '../model/limits.ts';

/** The kinds of file Glossator imports, told apart by extension. */
export type ImportFormat = 'text' | 'markdown' | 'html' | 'docx';

const byExtension: Record<string, ImportFormat> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  docx: 'docx',
};

/** The extensions the import dialog offers (".txt,.md,…"). */
export const importExtensions = Object.keys(byExtension).map((e) => `.${e}`);

export function importFormatOf(fileName: string): ImportFormat | null {
  const ext = /\.([^.\\/]+)$/.exec(fileName)?.[1]?.toLowerCase();
  return (ext && byExtension[ext]) || null;
}

const MB = 1024 * 1024;

/**
 * Why a file cannot be imported, judged from its name and size before it
 * is read (so a 200 MB file is never loaded), or null.
 */
export function importFileProblem(fileName: string, size: number): string | null {
  if (!importFormatOf(fileName)) {
    const ext = /\.([^.\\/]+)$/.exec(fileName)?.[1];
    return `${ext ? `.${ext} files are` : 'a file without an extension is'} not imported: Glossator reads .txt, .md, .html/.htm and .docx`;
  }
  if (size === 0) return 'the file is empty';
  if (size > limits.importFileBytes) {
    return `the file is ${Math.round(size / MB)} MB; Glossator imports files of up to ${limits.importFileBytes / MB} MB (split it, or save only the article)`;
  }
  return null;
}
