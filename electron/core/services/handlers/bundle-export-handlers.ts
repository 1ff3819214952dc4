import type { Handlers } from '../../../../shared/ipc/contract.ts';
import { ApiError } from '../../../../shared/ipc/errors.ts';
import { message } from '../../../../shared/i18n/message.ts';
import type { BundleExportSummary } from '../../../../shared/formats/bundle/bundle-export-summary.ts';
import { exportBundle } from '../../bundles/bundle-export.ts';
import { ExportJobs } from '../../bundles/export-jobs.ts';
import type { ProjectSession } from '../project-session.ts';

type BundleExportHandlers = Pick<Handlers, 'exportBundle' | 'exportProgress'>;

/**
 * Export a bundle to the file the user chose (a ticket of the file gate,
 * which writes a temp file and renames it). Not through the session's
 * change queue: nothing changes, and the export reads the store in steps of
 * its own queue (see exportBundle), so saves go on meanwhile.
 */
export function bundleExportHandlers(session: ProjectSession): BundleExportHandlers {
  const jobs = new ExportJobs();
  return {
    async exportBundle({ to, jobId, documents, layers }) {
      if (jobs.progress(jobId)) throw new ApiError('conflict', message('bundles:jobRunning', { jobId }));
      const store = session.store;
      return jobs.run(jobId, async (report) => {
        // Set inside the write (an object, so its type is not narrowed to its start).
        const written: { summary?: BundleExportSummary } = {};
        const saved = await session.files.save(to, async (tempPath) => {
          written.summary = await exportBundle(store, { documents, layers, coder: session.coder }, tempPath, report);
        });
        if (!written.summary)
          throw new ApiError('internal', message('errors:internal', { reason: 'the export wrote no summary' }));
        // The file as the user sees it (its name, its download), not the temp file it was written as.
        return { ...written.summary, ...saved };
      });
    },
    async exportProgress({ jobId }) {
      return jobs.progress(jobId);
    },
  };
}
