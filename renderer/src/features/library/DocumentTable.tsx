import type { ReactNode } from 'react';
import type { LibrarySort } from '../../../../shared/library/sort-documents.ts';
import type { DocumentSummary } from '../../../../shared/model/document.ts';
import { useT } from '../../i18n/i18n.ts';
import { useFormat } from '../../i18n/use-format.ts';
import { MenuButton } from '../../ui/MenuButton.tsx';
import { DocumentTableHeader } from './DocumentTableHeader.tsx';
import { useVirtualRows } from './use-virtual-rows.ts';
import { useAppStore } from '../../store/app-store.ts';
import { CoderChips } from './CoderChips.tsx';
import { CurationStatusCell } from '../curation/CurationStatusCell.tsx';
import './coder-chips.css';

interface Props {
  shown: readonly DocumentSummary[];
  sort: LibrarySort;
  onSort: (sort: LibrarySort) => void;
  selection: ReadonlySet<string>;
  selectedShown: number;
  /** `range`: Shift was held, so every row from the last one clicked follows. */
  onToggle: (documentId: string, index: number, range: boolean) => void;
  onSelectAllShown: (select: boolean) => void;
  onOpen: (documentId: string) => void;
  onEdit: (documentId: string) => void;
  onDelete: (document: DocumentSummary) => void;
  /** Shown instead of rows when there are none. */
  empty: ReactNode;
  scrollResetKey: unknown;
  initialScrollTop: number;
  onScrollTop: (top: number) => void;
}

/** Tall enough for a title with its file name below. */
const ROW_HEIGHT = 52;

/**
 * The Library's documents as a table: a checkbox, the document (one button
 * over title, date, source, language, its coders, curation status and count, which opens it), its Edit
 * details button and its menu (open, edit, delete). Only the rows in view
 * are rendered; the header stays at the top while the rows scroll under it.
 */
export function DocumentTable(props: Props) {
  const { t } = useT();
  const format = useFormat();
  const project = useAppStore((s) => s.project);
  const { shown, selection, onToggle, onOpen, onEdit, onDelete } = props;
  const { box, onScroll, first, last } = useVirtualRows({
    count: shown.length,
    rowHeight: ROW_HEIGHT,
    initialScrollTop: props.initialScrollTop,
    onScrollTop: props.onScrollTop,
    resetKey: props.scrollResetKey,
  });

  const rows: ReactNode[] = [];
  for (let i = first; i < last; i++) {
    const d = shown[i]!;
    rows.push(
      <tr
        key={d.id}
        aria-rowindex={i + 2}
        className={selection.has(d.id) ? 'selected' : undefined}
        style={{ top: i * ROW_HEIGHT, height: ROW_HEIGHT }}
      >
        <td className="doc-check">
          <input
            type="checkbox"
            aria-label={t('library:selectDocument', { title: d.title })}
            checked={selection.has(d.id)}
            // React reports a checkbox's change from its click, which knows whether Shift was held.
            onChange={(e) => onToggle(d.id, i, (e.nativeEvent as MouseEvent).shiftKey === true)}
          />
        </td>
        <td colSpan={7} className="doc-main">
          <button
            type="button"
            className="doc-row"
            data-document-id={d.id}
            title={d.fileName ? `${d.title}\n${d.fileName}` : d.title}
            onClick={() => onOpen(d.id)}
          >
            <span className="doc-title-cell">
              <span className="doc-title">{d.title}</span>
              {d.fileName && <span className="doc-file">{d.fileName}</span>}
            </span>
            {/* Digits, day first, in every language: short enough for the column, and what the filters take. */}
            <span>{format.date(d.metadata.date)}</span>
            <span>{d.metadata.source ?? ''}</span>
            <span>{d.metadata.language ?? ''}</span>
            <CoderChips coderIds={d.coderIds} project={project} />
            <CurationStatusCell document={d} />
            <span className="num">{d.annotationCount}</span>
          </button>
        </td>
        <td className="doc-edit">
          <button
            type="button"
            className="edit-details"
            aria-label={t('library:editDetailsOf', { title: d.title })}
            title={t('library:editDetails')}
            onClick={(e) => {
              // Kept from reaching anything that opens the document on a click in its row.
              e.stopPropagation();
              onEdit(d.id);
            }}
          >
            ✎
          </button>
          <MenuButton
            label={t('library:actionsFor', { title: d.title })}
            className="row-menu"
            items={[
              { label: t('library:open'), onSelect: () => onOpen(d.id) },
              { label: t('library:editDetailsMenu'), onSelect: () => onEdit(d.id) },
              { label: t('library:deleteMenu'), onSelect: () => onDelete(d), danger: true },
            ]}
          />
        </td>
      </tr>,
    );
  }

  return (
    <div ref={box} className="doc-table" onScroll={onScroll}>
      <table aria-label={t('library:documents')} aria-rowcount={shown.length + 1}>
        <thead>
          <DocumentTableHeader
            sort={props.sort}
            onSort={props.onSort}
            selectedShown={props.selectedShown}
            shownCount={shown.length}
            onSelectAllShown={props.onSelectAllShown}
          />
        </thead>
        <tbody style={{ height: shown.length * ROW_HEIGHT }}>{rows}</tbody>
      </table>
      {shown.length === 0 && <div className="doc-empty">{props.empty}</div>}
    </div>
  );
}
