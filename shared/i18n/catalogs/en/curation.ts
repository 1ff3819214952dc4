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
} as const;
