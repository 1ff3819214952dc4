import type { Annotation } from '../../model/annotation.ts';
import type { DocumentInfo } from '../../model/document.ts';
import type { CsvTablesInput } from './csv-tables-input.ts';

/**
 * Names of the records rows refer to, looked up once. A reference to a
 * record the snapshot lacks (a tag deleted on another machine, a coder
 * known only by their records) gives its id as the name rather than an
 * empty cell, so a row never loses what it points at.
 */
export class CsvNames {
  private readonly coders: Map<string, string>;
  private readonly tags: Map<string, { name: string; parent: string | null }>;
  private readonly actors: Map<string, string>;
  private readonly concepts: Map<string, string>;
  private readonly linkTypes: Map<string, string>;
  private readonly paths = new Map<string, string>();
  /** Each exported annotation with its document, for links. */
  readonly annotations = new Map<string, { annotation: Annotation; document: DocumentInfo }>();

  constructor(input: CsvTablesInput) {
    this.coders = new Map(input.coders.map((c) => [c.id, c.name]));
    this.tags = new Map(input.tags.map((t) => [t.id, { name: t.name, parent: t.parent }]));
    this.actors = new Map(input.actors.map((a) => [a.id, a.name]));
    this.concepts = new Map(input.concepts.map((c) => [c.id, c.name]));
    this.linkTypes = new Map(input.linkTypes.map((t) => [t.id, t.name]));
    for (const doc of input.documents) {
      for (const list of doc.layers.values()) {
        for (const annotation of list) this.annotations.set(annotation.id, { annotation, document: doc.info });
      }
    }
  }

  coder(id: string): string {
    return this.coders.get(id) ?? id;
  }

  tag(id: string): string {
    return this.tags.get(id)?.name ?? id;
  }

  /**
   * The tag's names from the root down, joined by " / " ("Claim / Causal
   * claim"), so a script can group by any level. A cycle (which the
   * codebook should never hold) ends the path instead of looping.
   */
  tagPath(id: string): string {
    const known = this.paths.get(id);
    if (known !== undefined) return known;
    const names: string[] = [];
    const seen = new Set<string>();
    for (let at: string | null = id; at !== null && !seen.has(at); at = this.tags.get(at)?.parent ?? null) {
      seen.add(at);
      names.unshift(this.tag(at));
    }
    const path = names.join(' / ');
    this.paths.set(id, path);
    return path;
  }

  /** The id of the tag's root: "claim" for every sub-tag of Claim — a statement's type in DNA's sense. */
  tagRoot(id: string): string {
    const seen = new Set([id]);
    let at = id;
    for (
      let up = this.tags.get(at)?.parent ?? null;
      up !== null && !seen.has(up);
      up = this.tags.get(at)?.parent ?? null
    ) {
      seen.add(up);
      at = up;
    }
    return at;
  }

  /** An optional actor reference: empty when unset. */
  actor(id: string | undefined): string | null {
    return id === undefined ? null : (this.actors.get(id) ?? id);
  }

  concept(id: string | undefined): string | null {
    return id === undefined ? null : (this.concepts.get(id) ?? id);
  }

  linkType(id: string): string {
    return this.linkTypes.get(id) ?? id;
  }
}

/**
 * A document's annotations of every exported layer in one list, in text
 * order (start; of two at one start the longer, enclosing one first; then
 * the coders' order in the export), so the long table reads like the
 * document.
 */
export function documentAnnotations(
  layers: ReadonlyMap<string, readonly Annotation[]>,
  coderOrder: ReadonlyMap<string, number>,
): Annotation[] {
  const all = [...layers.values()].flat();
  const rank = (coderId: string) => coderOrder.get(coderId) ?? Number.MAX_SAFE_INTEGER;
  return all.sort((a, b) => a.start - b.start || b.end - a.end || rank(a.coderId) - rank(b.coderId));
}

/** An annotation's code point offsets as two cells, empty when the texts were not read. */
export function codePointCells(input: CsvTablesInput, annotationId: string): [number | null, number | null] {
  const offsets = input.codePoints?.get(annotationId);
  return offsets ? [offsets[0], offsets[1]] : [null, null];
}
