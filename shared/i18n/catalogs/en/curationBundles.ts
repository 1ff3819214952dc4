// Curation (curationBundles): the source of the typed keys; the Russian catalog has the same keys.
export const curationBundles = {
  title: 'curationBundles',
} as const;
