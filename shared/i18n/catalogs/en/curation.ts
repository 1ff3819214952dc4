// Curation's words: the curated layer, deciding units and links, the decision log. The source of the typed keys.
export const curation = {
  layerName: 'Curated',
} as const;
