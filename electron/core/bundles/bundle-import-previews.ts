import { randomUUID } from 'node:crypto';
import type { BundleContents } from '../../../shared/formats/bundle/bundle-contents.ts';

/** How long a preview the user neither imported nor discarded keeps its bundle open. */
export const PREVIEW_LIFETIME_MS = 30 * 60 * 1000;

interface Kept {
  contents: BundleContents;
  /** The project it was previewed for: importing it into another one is refused. */
  project: string;
  /** Called once the bundle is freed (the uploaded file released). */
  onFree: () => void;
  timer: NodeJS.Timeout;
}

/**
 * The bundles read for a preview, kept open under their preview's id until
 * they are imported, discarded or expire: the import applies what was
 * previewed without reading the file again, and the file is freed after.
 */
export class BundlePreviews {
  private readonly kept = new Map<string, Kept>();

  constructor(private readonly lifetimeMs = PREVIEW_LIFETIME_MS) {}

  keep(contents: BundleContents, onFree: () => void = () => {}, project = ''): string {
    const id = randomUUID();
    const timer = setTimeout(() => void this.discard(id), this.lifetimeMs);
    timer.unref();
    this.kept.set(id, { contents, onFree, timer, project });
    return id;
  }

  /** The bundle of a preview made for `project` (any project when not given), or null. */
  get(id: string, project?: string): BundleContents | null {
    const kept = this.kept.get(id);
    if (!kept || (project !== undefined && kept.project !== project)) return null;
    return kept.contents;
  }

  /** Frees a preview's bundle; false when there was none (already imported, discarded or expired). */
  async discard(id: string): Promise<boolean> {
    const kept = this.kept.get(id);
    if (!kept) return false;
    this.kept.delete(id);
    clearTimeout(kept.timer);
    try {
      await kept.contents.close();
    } finally {
      kept.onFree();
    }
    return true;
  }

  async close(): Promise<void> {
    for (const id of [...this.kept.keys()]) await this.discard(id).catch(() => {});
  }

  get size(): number {
    return this.kept.size;
  }
}
