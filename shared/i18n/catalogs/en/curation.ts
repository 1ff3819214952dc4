// Curation's words: the curated layer, deciding units and links, the decision log. The source of the typed keys.
export const curation = {
  layerName: 'Curated',
  // ── The store's refusals (electron/core/store, services/handlers/checks.ts, identity).
  'error-curatedLayerOwned':
    'The curated layer changes only through curation decisions: decide the unit in the Compare view’s curation mode. Nothing was changed.',
  'error-decisionNoDocument':
    'There is no document {{id}} in this project (it may have been deleted), so no curation can be recorded for it. Nothing was changed.',
  'error-quickReasonExists': 'There is already a quick reason “{{label}}”. Nothing was changed.',
  'error-reservedCoderId':
    'The coder id “curated” belongs to the curated layer; a person cannot annotate under it. Choose another coder id.',
  'error-tagUsedByCurated_one':
    '{{count}} curated annotation uses the tag {{tag}} or its sub-tags, and the curated layer changes only through curation decisions: decide that unit again with another tag, or move the tag’s annotations to another tag (or merge the tag into another), first. Nothing was changed.',
  'error-tagUsedByCurated_other':
    '{{count}} curated annotations use the tag {{tag}} or its sub-tags, and the curated layer changes only through curation decisions: decide those units again with another tag, or move the tag’s annotations to another tag (or merge the tag into another), first. Nothing was changed.',
  // ── A curation file the open sets aside (electron/core/store/curation-checks.ts): what is wrong with it, then
  // what was done about it (the store's own `problems:kept-…` words).
  problem: '$t(curation:what-{{what}}) $t(problems:kept-{{kept}})',
  'what-decisionTwice': '{{file}} does not have the expected contents (decision {{decision}} is in it twice).',
  'what-decisionInTwoFiles':
    '{{file}} does not have the expected contents (decision {{decision}} is also in {{other}}, which was read first).',
  'what-replacesCycle':
    '{{file}} does not have the expected contents (its decisions replace one another in a circle: {{cycle}}; none of them would stand).',
  'what-noDocument': '{{file}} holds the curation of document {{named}}, which is not in this project.',
} as const;
