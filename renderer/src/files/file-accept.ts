import type { FileKind } from '../../../shared/ipc/file-ticket.ts';
import { importExtensions } from '../../../shared/text/import-format.ts';

/** What a browser's file picker offers for each kind (Electron's dialogs filter the same way: file-dialogs.ts). */
export function acceptOf(kind: FileKind): string {
  switch (kind) {
    case 'bundle':
      return '.glossator,application/zip';
    case 'codebook':
      return '.json,application/json';
    case 'graphml':
      return '.graphml,application/graphml+xml';
    case 'csv':
      return '.csv,text/csv';
    case 'document':
      return importExtensions.join(',');
    case 'exchange':
      return '.glossator,.qdpx,.qdc,.json,.jsonld,.zip,application/zip,application/json,application/ld+json';
    case 'qdpx':
      return '.qdpx';
    case 'qdc':
      return '.qdc';
    case 'w3c':
      return '.jsonld,.json,application/ld+json';
    case 'zip':
      return '.zip,application/zip';
  }
}
