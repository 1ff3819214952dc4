// Curation (compareCurate): the source of the typed keys; the Russian catalog has the same keys.
export const compareCurate = {
  title: 'compareCurate',
} as const;
