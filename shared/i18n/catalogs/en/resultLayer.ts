// Curation (resultLayer): the source of the typed keys; the Russian catalog has the same keys.
export const resultLayer = {
  title: 'resultLayer',
} as const;
