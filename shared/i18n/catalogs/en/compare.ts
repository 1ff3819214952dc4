// The compare feature's words. The source of the typed keys: the Russian catalog has the same keys.
export const compare = {
  title: 'Compare',
};
