import { message } from '../../i18n/message.ts';
import { BundleProblem } from './bundle-problem.ts';

/** The kinds of record whose ids a bundle holds. */
export type IdKind =
  | 'document'
  | 'annotation'
  | 'link'
  | 'tag'
  | 'actor'
  | 'concept'
  | 'linkType'
  | 'coder'
  | 'tagMapping';

/**
 * Every id of the bundle, with its kind. An id may name one record only:
 * the same id for two records of a kind, or for records of two kinds (an
 * annotation whose id is a document's or an actor's, a link whose id is an
 * annotation's), is refused — the importer keys records by id and would
 * otherwise put one where the other belongs.
 */
export class BundleIds {
  private readonly kinds = new Map<string, IdKind>();

  add(kind: IdKind, id: string, file: string): void {
    const known = this.kinds.get(id);
    if (known === kind) throw new BundleProblem(message('bundles:idTwice', { file, id, kind }));
    if (known) throw new BundleProblem(message('bundles:idOfTwoKinds', { file, id, first: known, second: kind }));
    this.kinds.set(id, kind);
  }

  /** True when `id` is a record of `kind` in the bundle. */
  is(kind: IdKind, id: string): boolean {
    return this.kinds.get(id) === kind;
  }

  /** The kind of record `id` is in the bundle, if any. */
  kindOf(id: string): IdKind | undefined {
    return this.kinds.get(id);
  }

  /** Refuses a reference from `file` to an id that is no `kind` of the bundle. */
  require(kind: IdKind, id: string, file: string, from: string): void {
    if (!this.is(kind, id)) throw new BundleProblem(message('bundles:missingReference', { file, from, id, kind }));
  }
}
