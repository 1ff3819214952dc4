/** English: library. Keys are the contract between code and catalogs: the Russian catalog has exactly these (plurals with their own forms). */
export const library = {} satisfies Record<string, string>;
