/** English: the bundle dialogs: export, import preview, summary. Keys are the contract between code and catalogs (see catalogs.test.ts). */
export const bundleUi = {
  exportTitle: 'Export bundle',
} satisfies Record<string, string>;
