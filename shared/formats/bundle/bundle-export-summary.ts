/** What an export wrote, for the window's notice and the command line. */
export interface BundleExportSummary {
  /** The file's name (no folder). */
  name: string;
  bytes: number;
  documents: number;
  /** Annotations written, per coder whose layer the bundle holds. */
  annotations: Record<string, number>;
  links: number;
  /**
   * Links of the included layers that were not written because an end lies
   * outside the bundle (a document or layer not exported, or an end deleted):
   * counted, never dropped silently.
   */
  linksLeftOut: number;
  /** Curation decisions written (with the curated layer only). */
  curationDecisions?: number;
  /** Loopback server only: where the browser downloads the file (see SavedFile). */
  download?: string;
}

/** How far an export is, polled by the window while it runs. */
export interface BundleExportProgress {
  done: number;
  total: number;
}
