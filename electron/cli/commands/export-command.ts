import { basename, resolve } from 'node:path';
import { exportBundle } from '../../core/bundles/bundle-export.ts';
import type { BundleExportOptions } from '../../core/bundles/export-scope.ts';
import { exportExchange } from '../../core/exchange/export-exchange.ts';
import { exportGraphmlOf } from '../../core/exchange/graphml-export.ts';
import type { BundleExportSummary } from '../../../shared/formats/bundle/bundle-export-summary.ts';
import {
  type ExchangeExportCounts,
  type ExchangeFormat,
  type ExportFormat,
  exportFormats,
} from '../../../shared/formats/exchange/exchange-types.ts';
import type { Translate } from '../../../shared/i18n/i18n.ts';
import { FileGate } from '../../core/files/file-gate.ts';
import { ProjectStore } from '../../core/store/project-store.ts';
import { ApiError } from '../../../shared/ipc/errors.ts';
import { message } from '../../../shared/i18n/message.ts';
import { wordMessage } from '../../../shared/i18n/word.ts';
import { lastOption, UsageError } from '../cli-args.ts';
import { type Command, exitCodes } from './command.ts';

/**
 * `export --project DIR --format bundle|csv|qdpx|qdc|w3c|brat|graphml --out PATH [--layer CODER]... [--document ID]... [--bom] [--table NAME]`:
 * writes the project (every layer, or those named by id or name; every
 * document, or those named) in the format asked for, through a temp file
 * renamed into place, so a failed export leaves nothing half-written. For
 * csv, `--out` names a folder that receives one file per table (written
 * beside, renamed in when all are written), or a path ending in .zip for a
 * zip of them, or with `--table NAME` the file of that table alone; `--bom`
 * starts each table with a byte-order mark for Excel.
 */
export const exportCommand: Command = async ({ args, dir, coder, t, out }) => {
  const format = lastOption(args, '--format');
  const target = lastOption(args, '--out');
  if (!isExportFormat(format)) throw new UsageError(format ? `--format ${format}` : '--format');
  if (!target) throw new UsageError('--out');
  if (args.positional.length) throw new UsageError(args.positional[0] as string);
  if (args.flags.has('--bom') && format !== 'csv') throw new UsageError('--bom');
  const table = lastOption(args, '--table');
  if (table !== undefined && format !== 'csv') throw new UsageError('--table');
  const store = await ProjectStore.open(dir, { coder, lookOnly: true });
  const gate = new FileGate();
  try {
    const coderIds = (args.options.get('--layer') ?? []).map((name) => coderIdOf(store, name));
    const documentIds = args.options.get('--document') ?? [];
    for (const id of documentIds) store.documentInfo(id);
    const scope: BundleExportOptions = {
      coder,
      documents: documentIds.length ? { ids: documentIds } : { all: true },
      layers: coderIds.length ? { coderIds } : { all: true },
    };
    const path = resolve(target);
    const save = async (write: (tempPath: string) => Promise<void>) =>
      gate.save(gate.grantSave(path, basename(path)), write);
    if (format === 'bundle') {
      let written: BundleExportSummary | null = null;
      const saved = await save(async (tempPath) => {
        written = await exportBundle(store, scope, tempPath);
      });
      out(describeBundle(t, store, path, saved.bytes, written as unknown as BundleExportSummary));
    } else if (format === 'graphml') {
      let written: Awaited<ReturnType<typeof exportGraphmlOf>> | null = null;
      await save(async (tempPath) => {
        written = await exportGraphmlOf(store, scope, tempPath);
      });
      const { network, documents } = written as unknown as Awaited<ReturnType<typeof exportGraphmlOf>>;
      out(
        t('exchange:ui-cliExportedGraphml', {
          file: path,
          documents: t('cli:documentCount', { count: documents }),
          nodes: network.nodes.length,
          edges: network.edges.length,
        }),
      );
    } else {
      const counts = await exportIn(format, store, scope, path, { bom: args.flags.has('--bom'), table }, save);
      out(describeCounts(t, path, counts));
    }
    return exitCodes.ok;
  } finally {
    await gate.close();
    await store.close();
  }
};

function isExportFormat(format: string | undefined): format is ExportFormat {
  return (exportFormats as readonly string[]).includes(format ?? '');
}

/** An exchange format's export: CSV into a folder is written in place by its writer (tables renamed in whole). */
async function exportIn(
  format: ExchangeFormat,
  store: ProjectStore,
  scope: BundleExportOptions,
  path: string,
  { bom, table }: { bom: boolean; table: string | undefined },
  save: (write: (tempPath: string) => Promise<void>) => Promise<unknown>,
): Promise<ExchangeExportCounts> {
  if (format === 'csv' && table === undefined && !path.toLowerCase().endsWith('.zip')) {
    return exportExchange(store, 'csv', scope, { bom, csv: { container: 'folder' } }, path);
  }
  const csv = table === undefined ? { container: 'zip' as const } : { container: 'table' as const, table };
  const options = format === 'csv' ? { bom, csv } : {};
  let counts: ExchangeExportCounts | null = null;
  await save(async (tempPath) => {
    counts = await exportExchange(store, format, scope, options, tempPath);
  });
  return counts as unknown as ExchangeExportCounts;
}

function describeCounts(t: Translate, path: string, counts: ExchangeExportCounts): string {
  return [
    t('exchange:ui-cliExported', {
      file: path,
      format: counts.format,
      unit: t(`exchange:ui-unit-${counts.offsetUnit}`),
      documents: t('cli:documentCount', { count: counts.documents }),
      annotations: t('cli:annotationCount', { count: counts.annotations }),
      links: t('cli:linkCount', { count: counts.links }),
    }),
    ...counts.leftOut.map((l) => t('exchange:ui-cliLeftOut', { reason: wordMessage(t, l.reason) })),
  ].join('\n');
}

function describeBundle(
  t: Translate,
  store: ProjectStore,
  path: string,
  bytes: number,
  summary: BundleExportSummary,
): string {
  const coders = store.info().coders;
  const lines = [
    t('cli:exported', {
      file: path,
      megabytes: (bytes / 2 ** 20).toFixed(1),
      documents: t('cli:documentCount', { count: summary.documents }),
      links: t('cli:linkCount', { count: summary.links }),
    }),
    ...Object.entries(summary.annotations).map(([id, count]) =>
      t('cli:infoLayer', { name: coders.find((c) => c.id === id)?.name ?? id, count }),
    ),
  ];
  if (summary.linksLeftOut) lines.push(t('cli:linksLeftOut', { count: summary.linksLeftOut }));
  return lines.join('\n');
}

/** A coder of the project named by id or by display name. */
export function coderIdOf(store: ProjectStore, given: string): string {
  const coders = store.info().coders;
  const found = coders.find((c) => c.id === given) ?? coders.find((c) => c.name === given);
  if (!found) throw new ApiError('not-found', message('cli:noSuchCoder', { coder: given }));
  return found.id;
}
