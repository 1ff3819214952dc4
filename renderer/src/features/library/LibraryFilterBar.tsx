import { useMemo } from 'react';
import { tagsInTreeOrder } from '../../../../shared/codebook/tag-tree.ts';
import { coderIdsOf, metadataValueCounts } from '../../../../shared/library/corpus-values.ts';
import { coderLabel } from '../../ui/coder-label.ts';
import { DateField } from '../../ui/DateField.tsx';
import { isFilterActive, type LibraryFilter } from '../../../../shared/library/filter-documents.ts';
import { useAppStore } from '../../store/app-store.ts';
import { ValueSelect } from './ValueSelect.tsx';

const annotatedLabels: Record<LibraryFilter['annotated'], string> = {
  any: 'Annotated or not',
  yes: 'Annotated',
  no: 'Not annotated',
};

/** Option labels cannot be padded, so sub-tags are indented with no-break spaces. */
const indent = (depth: number) => '\u00a0\u00a0\u00a0'.repeat(depth);

/** A chosen tag or actor that is gone (deleted, merged): still listed, so the select shows what filters. */
const missing = (id: string, records: ReadonlyArray<{ id: string }>) => id !== '' && !records.some((r) => r.id === id);

/**
 * The Library's filters: search as you type, a date range (each end a year,
 * month or day), and selects for what the corpus and its annotations hold.
 */
export function LibraryFilterBar() {
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
    <search className="library-filters" aria-label="Filter documents">
      <input
        type="search"
        className="filter-text"
        aria-label="Search titles, sources and authors"
        placeholder="Search title, source, author…"
        value={filter.text}
        onChange={(e) => setFilter({ text: e.target.value })}
      />
      <span className="filter-dates">
        <DateField
          compact
          time={false}
          ariaLabel="Dated from"
          placeholder="from, e.g. 2023"
          value={filter.dateFrom}
          onChange={(dateFrom) => setFilter({ dateFrom })}
        />
        <span aria-hidden="true">–</span>
        <DateField
          compact
          time={false}
          ariaLabel="Dated to"
          placeholder="to, e.g. 09.2023"
          value={filter.dateTo}
          onChange={(dateTo) => setFilter({ dateTo })}
        />
      </span>
      <ValueSelect
        ariaLabel="Filter by source"
        anyLabel="Any source"
        noneLabel="(no source)"
        counts={sources}
        value={filter.source}
        onChange={(source) => setFilter({ source })}
      />
      <ValueSelect
        ariaLabel="Filter by language"
        anyLabel="Any language"
        noneLabel="(no language)"
        counts={languages}
        value={filter.language}
        onChange={(language) => setFilter({ language })}
      />
      <select aria-label="Filter by tag" value={filter.tagId} onChange={(e) => setFilter({ tagId: e.target.value })}>
        <option value="">Any tag</option>
        {missing(filter.tagId, tags) && <option value={filter.tagId}>(a deleted tag)</option>}
        {tagRows.map(({ tag, depth }) => (
          <option key={tag.id} value={tag.id}>
            {indent(depth) + tag.name}
          </option>
        ))}
      </select>
      <select
        aria-label="Filter by actor"
        value={filter.actorId}
        onChange={(e) => setFilter({ actorId: e.target.value })}
      >
        <option value="">Any actor</option>
        {missing(filter.actorId, actors) && <option value={filter.actorId}>(a deleted actor)</option>}
        {actors.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name}
          </option>
        ))}
      </select>
      <select
        aria-label="Filter by coder"
        value={filter.coderId}
        onChange={(e) => setFilter({ coderId: e.target.value })}
      >
        <option value="">Any coder</option>
        {[...new Set([...coderIds, ...(filter.coderId ? [filter.coderId] : [])])].map((id) => (
          <option key={id} value={id}>
            {coderLabel(id, project)}
          </option>
        ))}
      </select>
      <select
        aria-label="Filter by annotations"
        value={filter.annotated}
        onChange={(e) => setFilter({ annotated: e.target.value as LibraryFilter['annotated'] })}
      >
        {Object.entries(annotatedLabels).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      <button type="button" className="quiet" disabled={!isFilterActive(filter)} onClick={clear}>
        Clear filters
      </button>
    </search>
  );
}
