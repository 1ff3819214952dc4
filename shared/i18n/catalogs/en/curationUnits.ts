// Curation (curationUnits): the source of the typed keys; the Russian catalog has the same keys.
export const curationUnits = {
  title: 'curationUnits',
} as const;
