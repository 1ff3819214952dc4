import type { ExportFormat } from '../../../../shared/formats/exchange/exchange-types.ts';
import type { FileKind } from '../../../../shared/ipc/file-ticket.ts';
import { BUNDLE_EXTENSION } from '../../../../shared/formats/bundle/bundle-contents.ts';
import { bundleFileName } from '../bundles/bundle-file-name.ts';

/** How each format's file ends: the tables of CSV and the files of brat travel as zips, named so. */
const endings: Record<ExportFormat, string> = {
  bundle: BUNDLE_EXTENSION,
  csv: ' csv.zip',
  qdpx: '.qdpx',
  qdc: '.qdc',
  w3c: '.jsonld',
  brat: ' brat.zip',
  graphml: '.graphml',
};

/** The name suggested in the save dialog: the project, the coder and the day, as for bundles, in the format's ending. */
export function exchangeFileName(
  format: ExportFormat,
  project: string,
  coder: string,
  now: Date,
  /** CSV: one table alone, as a .csv file of its name. */
  table?: string,
): string {
  const base = bundleFileName(project, coder, now).slice(0, -BUNDLE_EXTENSION.length);
  return table ? `${base} ${table}.csv` : `${base}${endings[format]}`;
}

/** The save dialog's filter for a format's file. */
export function exchangeFileKind(format: ExportFormat, table?: string): FileKind {
  switch (format) {
    case 'csv':
      return table ? 'csv' : 'zip';
    case 'brat':
      return 'zip';
    case 'w3c':
      return 'w3c';
    default:
      return format;
  }
}
