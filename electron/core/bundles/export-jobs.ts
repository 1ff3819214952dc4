import type { BundleExportProgress } from '../../../shared/formats/bundle/bundle-export-summary.ts';

/**
 * The exports under way, by the id the window gave each, so the window can
 * poll how far one is. An export's entry goes when it ends, however it
 * ends: null then means "over or unknown", and the window has its answer
 * from the export call itself.
 */
export class ExportJobs {
  private readonly running = new Map<string, BundleExportProgress>();

  /** Runs `work` as job `jobId`, with the function that reports its progress. */
  async run<T>(jobId: string, work: (report: (progress: BundleExportProgress) => void) => Promise<T>): Promise<T> {
    this.running.set(jobId, { done: 0, total: 0 });
    try {
      return await work((progress) => {
        if (this.running.has(jobId)) this.running.set(jobId, { ...progress });
      });
    } finally {
      this.running.delete(jobId);
    }
  }

  progress(jobId: string): BundleExportProgress | null {
    return this.running.get(jobId) ?? null;
  }
}
