/** English: the files that cross between the window and the core: save and open dialogs, uploads, downloads. Keys are the contract between code and catalogs (see catalogs.test.ts). */
export const files = {
  saved: 'Saved {{name}}',
} satisfies Record<string, string>;
