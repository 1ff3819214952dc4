import type { AnnotationRow } from '../../../../shared/ipc/results.ts';
import type { ProjectStore } from '../../store/project-store.ts';

/** An annotation as lists outside its document show it (with its document's title and date), or null if it is gone. */
export function annotationRow(store: ProjectStore, annotationId: string): AnnotationRow | null {
  if (!store.hasAnnotation(annotationId)) return null;
  const annotation = store.annotation(annotationId);
  const doc = store.documentInfo(annotation.documentId);
  return { annotation, documentTitle: doc.title, documentDate: doc.metadata.date ?? null };
}
