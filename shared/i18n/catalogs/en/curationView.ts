// Curation (curationView): the source of the typed keys; the Russian catalog has the same keys.
export const curationView = {
  title: 'curationView',
} as const;
