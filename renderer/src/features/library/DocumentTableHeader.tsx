import { useEffect, useRef } from 'react';
import type { LibrarySort, LibrarySortColumn } from '../../../../shared/library/sort-documents.ts';
import { useT } from '../../i18n/i18n.ts';

interface Props {
  sort: LibrarySort;
  onSort: (sort: LibrarySort) => void;
  /** How many of the shown documents are selected, of how many shown. */
  selectedShown: number;
  shownCount: number;
  onSelectAllShown: (select: boolean) => void;
}

const columns: Array<{ column: Exclude<LibrarySortColumn, 'added'>; className?: string }> = [
  { column: 'title' },
  { column: 'date' },
  { column: 'source' },
  { column: 'language' },
  { column: 'annotations', className: 'num' },
];

/** Dates and counts are most often wanted newest or largest first; text from A. */
const firstDirection = (column: LibrarySortColumn): LibrarySort['direction'] =>
  column === 'date' || column === 'annotations' || column === 'added' ? 'desc' : 'asc';

/** The table's header row: select-all-shown, then a sort button per column. */
export function DocumentTableHeader({ sort, onSort, selectedShown, shownCount, onSelectAllShown }: Props) {
  const { t } = useT();
  const all = shownCount > 0 && selectedShown === shownCount;
  const box = useRef<HTMLInputElement>(null);
  useEffect(() => {
    // "Some but not all" has no attribute; it is a property only.
    if (box.current) box.current.indeterminate = selectedShown > 0 && !all;
  }, [selectedShown, all]);

  return (
    <tr aria-rowindex={1}>
      <th className="doc-check">
        <input
          ref={box}
          type="checkbox"
          aria-label={t('library:selectAllShown')}
          checked={all}
          disabled={shownCount === 0}
          onChange={() => onSelectAllShown(!all)}
        />
      </th>
      {columns.map(({ column, className }) => {
        const active = sort.column === column;
        const ariaSort = active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none';
        const next: LibrarySort = active
          ? { column, direction: sort.direction === 'asc' ? 'desc' : 'asc' }
          : { column, direction: firstDirection(column) };
        const th = (
          <th key={column} aria-sort={ariaSort} className={className}>
            <button type="button" className={`sort-button${active ? ' active' : ''}`} onClick={() => onSort(next)}>
              {t(`library:column-${column}`)}
              <span className="sort-arrow" aria-hidden="true">
                {active ? (sort.direction === 'asc' ? '▲' : '▼') : '↕'}
              </span>
            </button>
          </th>
        );
        // Who annotated each document (its layers) and its curation status, before the count; not sorts (filters pick them).
        if (column !== 'language') return th;
        return [
          th,
          <th key="coders" className="doc-coders-head">
            <span className="column-label">{t('library:column-coders')}</span>
          </th>,
          <th key="curation" className="doc-curation-head">
            <span className="column-label">{t('curationView:libraryColumn')}</span>
          </th>,
        ];
      })}
      <th className="doc-edit">
        <span className="sr-only">{t('library:editAndMore')}</span>
      </th>
    </tr>
  );
}
