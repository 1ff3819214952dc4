import type { Call } from './coder-server.ts';

/** Four long sentences of the seed, each once in the text. */
export function sentences(text: string): string[] {
  const found = text
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 60 && s.length < 400 && text.indexOf(s) === text.lastIndexOf(s));
  return found.slice(0, 4);
}

export async function tagAll(call: Call, documentId: string, text: string, spans: Array<[string, string]>) {
  for (const [words, tagId] of spans) {
    const start = text.indexOf(words);
    await call('createAnnotation', { documentId, tagId, start, end: start + words.length });
  }
}
