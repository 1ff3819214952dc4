// Curation (curationLog): the source of the typed keys; the Russian catalog has the same keys.
export const curationLog = {
  title: 'curationLog',
} as const;
