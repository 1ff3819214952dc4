import { annotateSpan } from '../../../shared/anchoring/annotate-span.ts';
import type { Annotation } from '../../../shared/model/annotation.ts';
import type { Coder } from '../../../shared/model/coder.ts';
import type { WriteFs } from '../fs/durable-write.ts';
import { ProjectStore } from '../store/project-store.ts';

export const testCoder: Coder = { id: 'coder-test', name: 'Test Coder' };

export function openTestStore(dir: string, fs?: WriteFs): Promise<ProjectStore> {
  return ProjectStore.open(dir, { coder: testCoder, fs });
}

/** Adds a document with a fixed id and returns its text. */
export async function addTestDocument(store: ProjectStore, id: string, text: string): Promise<string> {
  await store.addDocument(
    { id, title: `Document ${id}`, metadata: {}, created: new Date().toISOString(), textLength: text.length },
    { text, originalText: text },
  );
  return text;
}

/** An annotation of text[start, end), ready to put into a store. */
export function testAnnotation(documentId: string, text: string, start: number, end: number, id: string): Annotation {
  return annotateSpan(text, { id, documentId, coderId: testCoder.id, tagId: 'claim', start, end });
}
