/** English: bundles: export, the import preview and its summary, as the core words them. Keys are the contract between code and catalogs (see catalogs.test.ts). */
export const bundles = {
  formatName: 'Glossator bundle',
} satisfies Record<string, string>;
