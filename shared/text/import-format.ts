import { type Message, message } from '../i18n/message.ts';
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
export function importFileProblem(fileName: string, size: number): Message | null {
  if (!importFormatOf(fileName)) {
    const ext = /\.([^.\\/]+)$/.exec(fileName)?.[1];
    return ext ? message('importing:reasonExtension', { extension: ext }) : message('importing:reasonNoExtension');
  }
  if (size === 0) return message('importing:reasonEmpty');
  if (size > limits.importFileBytes) {
    return message('importing:reasonTooLarge', { size: Math.round(size / MB), max: limits.importFileBytes / MB });
  }
  return null;
}
