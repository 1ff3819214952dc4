/** English: network. Keys are the contract between code and catalogs: the Russian catalog has exactly these (plurals with their own forms). */
export const network = {} satisfies Record<string, string>;
