/** English: notices the window shows after an action (saved, failed, undone). Keys are the contract between code and catalogs (see catalogs.test.ts). */
export const notices = {} satisfies Record<string, string>;
