import { useMemo } from 'react';
import { metadataValueCounts } from '../../../../shared/library/corpus-values.ts';
import { useAppStore } from '../../store/app-store.ts';
import type { MetadataKey } from './metadata-fields.ts';

/** Languages offered even before the corpus has any: those of the project's usual texts. */
const usualLanguages = ['ru', 'kk', 'en', 'ky', 'uz', 'tg'];

/**
 * Values to suggest while typing a source, author or language: those the
 * corpus already has, so "Aqnews.kz" is not typed five different ways and
 * the Source filter finds them all.
 */
export function useMetadataSuggestions(): Partial<Record<MetadataKey, string[]>> {
  const documents = useAppStore((s) => s.documents);
  return useMemo(() => {
    const values = (field: 'source' | 'author' | 'language') =>
      metadataValueCounts(documents, field).values.map((v) => v.value);
    return {
      source: values('source'),
      author: values('author'),
      language: [...new Set([...values('language'), ...usualLanguages])],
    };
  }, [documents]);
}
