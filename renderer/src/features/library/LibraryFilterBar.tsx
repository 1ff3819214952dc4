import { useMemo } from 'react';
import { tagsInTreeOrder } from '../../../../shared/codebook/tag-tree.ts';
import { coderIdsOf, metadataValueCounts } from '../../../../shared/library/corpus-values.ts';
import { coderLabel } from '../../ui/coder-label.ts';
import { DateField } from '../../ui/DateField.tsx';
import { isFilterActive, type LibraryFilter } from '../../../../shared/library/filter-documents.ts';
import { useT } from '../../i18n/i18n.ts';
import { useAppStore } from '../../store/app-store.ts';
import { ValueSelect } from './ValueSelect.tsx';
import { curationStatuses, type CurationStatus } from '../../../../shared/curation/curation-types.ts';
import { curationStatusSign } from '../curation/curation-status-words.ts';

const annotatedChoices: ReadonlyArray<LibraryFilter['annotated']> = ['any', 'yes', 'no'];

/** Option labels cannot be padded, so sub-tags are indented with no-break spaces. */
const indent = (depth: number) => '\u00a0\u00a0\u00a0'.repeat(depth);

/** A chosen tag or actor that is gone (deleted, merged): still listed, so the select shows what filters. */
const missing = (id: string, records: ReadonlyArray<{ id: string }>) => id !== '' && !records.some((r) => r.id === id);

/**
 * The Library's filters: search as you type, a date range (each end a year,
 * month or day), and selects for what the corpus and its annotations hold.
 */
export function LibraryFilterBar() {
  const { t } = useT();
  const filter = useAppStore((s) => s.libraryFilter);
  const setFilter = useAppStore((s) => s.setLibraryFilter);
  const clear = useAppStore((s) => s.clearLibraryFilter);
  const documents = useAppStore((s) => s.documents);
  const tags = useAppStore((s) => s.codebook.tags);
  const actors = useAppStore((s) => s.actors);
  const project = useAppStore((s) => s.project);
  const sources = useMemo(() => metadataValueCounts(documents, 'source'), [documents]);
  const languages = useMemo(() => metadataValueCounts(documents, 'language'), [documents]);
  const coderIds = useMemo(() => coderIdsOf(documents), [documents]);
  const tagRows = useMemo(() => tagsInTreeOrder(tags), [tags]);

  return (
    <search className="library-filters" aria-label={t('library:filterDocuments')}>
      <input
        type="search"
        className="filter-text"
        aria-label={t('library:searchLabel')}
        placeholder={t('library:searchPlaceholder')}
        value={filter.text}
        onChange={(e) => setFilter({ text: e.target.value })}
      />
      <span className="filter-dates">
        <DateField
          compact
          time={false}
          ariaLabel={t('library:datedFrom')}
          placeholder={t('library:datedFromPlaceholder')}
          value={filter.dateFrom}
          onChange={(dateFrom) => setFilter({ dateFrom })}
        />
        <span aria-hidden="true">–</span>
        <DateField
          compact
          time={false}
          ariaLabel={t('library:datedTo')}
          placeholder={t('library:datedToPlaceholder')}
          value={filter.dateTo}
          onChange={(dateTo) => setFilter({ dateTo })}
        />
      </span>
      <ValueSelect
        ariaLabel={t('library:filterBySource')}
        anyLabel={t('library:anySource')}
        noneLabel={t('library:noSource')}
        counts={sources}
        value={filter.source}
        onChange={(source) => setFilter({ source })}
      />
      <ValueSelect
        ariaLabel={t('library:filterByLanguage')}
        anyLabel={t('library:anyLanguage')}
        noneLabel={t('library:noLanguage')}
        counts={languages}
        value={filter.language}
        onChange={(language) => setFilter({ language })}
      />
      <select
        aria-label={t('library:filterByTag')}
        value={filter.tagId}
        onChange={(e) => setFilter({ tagId: e.target.value })}
      >
        <option value="">{t('library:anyTag')}</option>
        {missing(filter.tagId, tags) && <option value={filter.tagId}>{t('library:deletedTag')}</option>}
        {tagRows.map(({ tag, depth }) => (
          <option key={tag.id} value={tag.id}>
            {indent(depth) + tag.name}
          </option>
        ))}
      </select>
      <select
        aria-label={t('library:filterByActor')}
        value={filter.actorId}
        onChange={(e) => setFilter({ actorId: e.target.value })}
      >
        <option value="">{t('library:anyActor')}</option>
        {missing(filter.actorId, actors) && <option value={filter.actorId}>{t('library:deletedActor')}</option>}
        {actors.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name}
          </option>
        ))}
      </select>
      <select
        aria-label={t('library:filterByCoder')}
        value={filter.coderId}
        onChange={(e) => setFilter({ coderId: e.target.value })}
      >
        <option value="">{t('library:anyCoder')}</option>
        {[...new Set([...coderIds, ...(filter.coderId ? [filter.coderId] : [])])].map((id) => (
          <option key={id} value={id}>
            {coderLabel(id, project, t)}
          </option>
        ))}
      </select>
      <select
        aria-label={t('library:filterByAnnotations')}
        value={filter.annotated}
        onChange={(e) => setFilter({ annotated: e.target.value as LibraryFilter['annotated'] })}
      >
        {annotatedChoices.map((value) => (
          <option key={value} value={value}>
            {t(`library:annotated-${value}`)}
          </option>
        ))}
      </select>
      <select
        aria-label={t('curationView:libraryFilter')}
        value={filter.curation}
        onChange={(e) => setFilter({ curation: e.target.value as '' | CurationStatus })}
      >
        <option value="">{t('curationView:libraryAnyStatus')}</option>
        {curationStatuses.map((status) => (
          <option key={status} value={status}>
            {`${curationStatusSign(status)} ${t(`curationView:status-${status}`)}`}
          </option>
        ))}
      </select>
      <button type="button" className="quiet" disabled={!isFilterActive(filter)} onClick={clear}>
        {t('library:clearFilters')}
      </button>
    </search>
  );
}
