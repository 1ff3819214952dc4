import type { DocumentInfo } from '../model/document.ts';

/** Which of our documents one of the bundle's is (null: new here). */
export interface DocumentMatch {
  ourId: string | null;
  matchedBy: 'id' | 'source-hash' | null;
}

/**
 * Finds the bundle's documents among ours: the same id first (the same
 * document, whatever its text now), then the same sourceHash under another
 * id (the same text imported separately on each side). Each of ours is
 * matched at most once, so two of their copies of one text do not fold
 * into one document here.
 */
export class DocumentMatcher {
  private readonly ids: ReadonlySet<string>;
  private readonly byHash = new Map<string, string>();
  private readonly used = new Set<string>();

  constructor(ours: readonly DocumentInfo[], theirIds: readonly string[]) {
    this.ids = new Set(ours.map((d) => d.id));
    // A document of ours that they hold under its own id is theirs to match by id only.
    const claimed = new Set(theirIds.filter((id) => this.ids.has(id)));
    for (const d of ours) {
      if (d.sourceHash && !claimed.has(d.id) && !this.byHash.has(d.sourceHash)) this.byHash.set(d.sourceHash, d.id);
    }
  }

  match(theirs: DocumentInfo): DocumentMatch {
    if (this.ids.has(theirs.id)) {
      this.used.add(theirs.id);
      return { ourId: theirs.id, matchedBy: 'id' };
    }
    const twin = theirs.sourceHash ? this.byHash.get(theirs.sourceHash) : undefined;
    if (twin && !this.used.has(twin)) {
      this.used.add(twin);
      return { ourId: twin, matchedBy: 'source-hash' };
    }
    return { ourId: null, matchedBy: null };
  }
}
