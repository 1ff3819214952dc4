import type { Page } from '@playwright/test';
import { readSeed } from '../shared/testing/read-seed.ts';
import { asCoder, type Call, pageApi } from './coder-server.ts';
import type { GlossatorApp } from './fixtures.ts';

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

/**
 * Seed 003 coded by the window's coder and by `colleague` (through the
 * server, then the window restarted): four sentences, two alike (1 and 4),
 * one with another tag (2), one cut short (3). The window's page after it.
 */
export async function twoLayersOn003(
  app: GlossatorApp,
  colleague: string,
): Promise<{ page: Page; documentId: string; title: string }> {
  const text = readSeed('003');
  const title = text.split('\n').find((l) => /\p{L}{3}/u.test(l)) as string;
  const [s1, s2, s3, s4] = sentences(text) as [string, string, string, string];
  const { id: documentId } = await pageApi(app.page)<{ id: string }>('addDocument', { title, text });
  await tagAll(pageApi(app.page), documentId, text, [
    [s1, 'claim'],
    [s2, 'claim'],
    [s3, 'claim'],
    [s4, 'claim-factual'],
  ]);
  const page = await app.restart(() =>
    asCoder(app.projectDir, colleague, (call) =>
      tagAll(call, documentId, text, [
        [s1, 'claim'],
        [s2, 'claim-factual'],
        [s3.slice(0, Math.floor(s3.length * 0.7)), 'claim'],
        [s4, 'claim-factual'],
      ]),
    ),
  );
  return { page, documentId, title };
}
