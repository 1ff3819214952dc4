import type { BundleDecisions, BundlePreview } from '../../../../shared/bundles/bundle-preview.ts';

/** The preview's defaults: each layer where the core proposes it, each difference as the core proposes. */
export function defaultDecisions(preview: BundlePreview): BundleDecisions {
  const coders: BundleDecisions['coders'] = {};
  for (const c of preview.coders) if (!c.isMe) coders[c.coder.id] = c.defaultTarget;
  const choices: BundleDecisions['choices'] = {};
  for (const r of preview.records) if (r.choiceKey && r.defaultChoice) choices[r.choiceKey] = r.defaultChoice;
  return { coders, choices, replaceLayers: false };
}

/** True when the user changed nothing the preview proposed (its "nothing new" then holds). */
export function isDefault(preview: BundlePreview, decisions: BundleDecisions): boolean {
  const defaults = defaultDecisions(preview);
  const same = (a: Record<string, string>, b: Record<string, string>) =>
    Object.keys({ ...a, ...b }).every((k) => a[k] === b[k]);
  return same(defaults.coders, decisions.coders) && same(defaults.choices, decisions.choices);
}

/** Part of an existing layer (never mine) that the import would replace. */
export interface LayerReplacement {
  theirId: string;
  coderId: string;
  coderName: string;
  annotations: number;
  links: number;
  /** The documents of this project the bundle covers: the layer is replaced there. */
  documents: number;
}

/** What the chosen mapping replaces: each bundle layer mapped onto a coder of ours whose work it would change. */
export function layerReplacements(preview: BundlePreview, coders: BundleDecisions['coders']): LayerReplacement[] {
  const documents = preview.documents.filter((d) => d.ourId !== null).length;
  const out: LayerReplacement[] = [];
  for (const c of preview.coders) {
    const target = c.isMe ? undefined : c.targets.find((x) => x.coderId === coders[c.coder.id]);
    if (target?.replaces) {
      out.push({
        theirId: c.coder.id,
        coderId: target.coderId,
        coderName: target.name,
        annotations: target.annotations,
        links: target.links,
        documents,
      });
    }
  }
  return out;
}
