import { basename, resolve } from 'node:path';
import { exportBundle } from '../../core/bundles/bundle-export.ts';
import type { BundleExportSummary } from '../../../shared/formats/bundle/bundle-export-summary.ts';
import { FileGate } from '../../core/files/file-gate.ts';
import { ProjectStore } from '../../core/store/project-store.ts';
import { ApiError } from '../../../shared/ipc/errors.ts';
import { message } from '../../../shared/i18n/message.ts';
import { lastOption, UsageError } from '../cli-args.ts';
import { type Command, exitCodes } from './command.ts';

/**
 * `export --project DIR --format bundle --out FILE [--layer CODER]... [--document ID]...`:
 * writes a bundle of the project (every layer, or those named by id or
 * name; every document, or those named), through a temp file renamed into
 * place, so a failed export leaves nothing half-written.
 */
export const exportCommand: Command = async ({ args, dir, coder, t, out }) => {
  const format = lastOption(args, '--format');
  const target = lastOption(args, '--out');
  if (format !== 'bundle') throw new UsageError(format ? `--format ${format}` : '--format');
  if (!target) throw new UsageError('--out');
  if (args.positional.length) throw new UsageError(args.positional[0] as string);
  const store = await ProjectStore.open(dir, { coder, lookOnly: true });
  const gate = new FileGate();
  try {
    const coderIds = (args.options.get('--layer') ?? []).map((name) => coderIdOf(store, name));
    const documentIds = args.options.get('--document') ?? [];
    for (const id of documentIds) store.documentInfo(id);
    const path = resolve(target);
    const ticket = gate.grantSave(path, basename(path));
    let written: BundleExportSummary | null = null;
    const saved = await gate.save(ticket, async (tempPath) => {
      written = await exportBundle(
        store,
        {
          coder,
          documents: documentIds.length ? { ids: documentIds } : { all: true },
          layers: coderIds.length ? { coderIds } : { all: true },
        },
        tempPath,
      );
    });
    const summary = written as unknown as BundleExportSummary;
    const coders = store.info().coders;
    const lines = [
      t('cli:exported', {
        file: path,
        megabytes: (saved.bytes / 2 ** 20).toFixed(1),
        documents: t('cli:documentCount', { count: summary.documents }),
        links: t('cli:linkCount', { count: summary.links }),
      }),
      ...Object.entries(summary.annotations).map(([id, count]) =>
        t('cli:infoLayer', { name: coders.find((c) => c.id === id)?.name ?? id, count }),
      ),
    ];
    if (summary.linksLeftOut) lines.push(t('cli:linksLeftOut', { count: summary.linksLeftOut }));
    out(lines.join('\n'));
    return exitCodes.ok;
  } finally {
    await gate.close();
    await store.close();
  }
};

/** A coder of the project named by id or by display name. */
export function coderIdOf(store: ProjectStore, given: string): string {
  const coders = store.info().coders;
  const found = coders.find((c) => c.id === given) ?? coders.find((c) => c.name === given);
  if (!found) throw new ApiError('not-found', message('cli:noSuchCoder', { coder: given }));
  return found.id;
}
