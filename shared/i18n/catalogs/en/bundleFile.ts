/** English: reading and writing the zip container of a bundle (refusals of broken or hostile files). Keys are the contract between code and catalogs (see catalogs.test.ts). */
export const bundleFile = {
  notZip: 'This file is not a zip archive, so it is not a Glossator bundle.',
} satisfies Record<string, string>;
