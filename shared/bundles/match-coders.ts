import { type Message, message } from '../i18n/message.ts';
import type { Coder } from '../model/coder.ts';
import { CURATED_CODER_ID } from '../curation/curation-types.ts';

/** Where one of the bundle's layers goes. */
export type CoderMapping =
  /** My own layer coming back: compared and ignored. */
  | { kind: 'mine'; theirs: Coder }
  /** Onto a coder of this project: their layer here is replaced for the documents the bundle covers. */
  | { kind: 'existing'; theirs: Coder; ourId: string }
  /** A new layer: a coder added with their name, under their id when it is free here. */
  | { kind: 'new'; theirs: Coder; ourId: string };

/** A refusal of the user's mapping, as a code the window words. */
export class CoderMappingError extends Error {
  constructor(readonly text: Message) {
    super(text.key);
  }
}

/**
 * The default target of a layer: the coder of this project with the same
 * id, otherwise a new layer. A colleague is never merged into me: a layer
 * with my id is mine coming back, any other goes elsewhere.
 */
export function defaultTarget(theirs: Coder, ourCoders: readonly Coder[], me: string): string | 'new' {
  if (theirs.id === me) return me;
  return ourCoders.some((c) => c.id === theirs.id) ? theirs.id : 'new';
}

/**
 * Maps every layer of the bundle onto this project, with the user's choices
 * (`decided`, by their coder id; missing ones take the default). Refuses a
 * mapping onto me, onto a coder this project does not know, and two layers
 * onto one coder (their annotations would be one layer). `freshId` gives an
 * id for a new coder whose id is taken here.
 *
 * The curated layer (`withCuration`: the bundle carries its decisions) goes
 * onto ours, and nowhere else: two curators' copies meet on its fixed id. No
 * other layer goes onto it, and a layer that only has its id (another tool's
 * file, which carries no decisions) becomes a layer of its own.
 */
export function mapCoders(
  layers: readonly Coder[],
  ourCoders: readonly Coder[],
  me: string,
  decided: Readonly<Record<string, string>>,
  freshId: () => string,
  withCuration = false,
): CoderMapping[] {
  const known = new Set(ourCoders.map((c) => c.id));
  const bundleLayers = new Set(layers.map((c) => c.id));
  for (const theirId of Object.keys(decided)) {
    if (!bundleLayers.has(theirId)) throw new CoderMappingError(message('bundles:noSuchLayer', { id: theirId }));
  }
  const taken = new Set<string>();
  const out: CoderMapping[] = [];
  for (const theirs of layers) {
    if (theirs.id === me) {
      out.push({ kind: 'mine', theirs });
      continue;
    }
    const asked = Object.hasOwn(decided, theirs.id) ? decided[theirs.id] : undefined;
    if (theirs.id === CURATED_CODER_ID && withCuration) {
      // 'new' is what the preview offers while the project has no curated layer yet: it means the same.
      if (asked !== undefined && asked !== CURATED_CODER_ID && asked !== 'new') {
        throw new CoderMappingError(message('curationBundles:curatedLayerFixed'));
      }
      taken.add(CURATED_CODER_ID);
      const kind = known.has(CURATED_CODER_ID) ? 'existing' : 'new';
      out.push({ kind, theirs, ourId: CURATED_CODER_ID });
      continue;
    }
    const fallback = theirs.id === CURATED_CODER_ID ? 'new' : defaultTarget(theirs, ourCoders, me);
    const target = asked ?? fallback;
    if (target === CURATED_CODER_ID) {
      throw new CoderMappingError(message('curationBundles:notOntoCurated', { name: theirs.name }));
    }
    if (target === me) throw new CoderMappingError(message('bundles:cannotMapOntoMe', { name: theirs.name }));
    if (target !== 'new' && !known.has(target)) {
      throw new CoderMappingError(message('bundles:noSuchCoder', { id: target, name: theirs.name }));
    }
    const free = !known.has(theirs.id) && !taken.has(theirs.id) && theirs.id !== CURATED_CODER_ID;
    const ourId = target === 'new' ? (free ? theirs.id : freshId()) : target;
    if (taken.has(ourId)) throw new CoderMappingError(message('bundles:twoLayersOntoOne', { name: theirs.name }));
    taken.add(ourId);
    out.push(target === 'new' ? { kind: 'new', theirs, ourId } : { kind: 'existing', theirs, ourId });
  }
  return out;
}
