/** English: the files that cross between the window and the core: save and open dialogs, uploads, downloads. Keys are the contract between code and catalogs (see catalogs.test.ts). */
export const files = {
  saved: 'Saved {{name}}',
  noChooser: 'Files cannot be chosen here.',
  openNotOffered: 'In a browser, choose the file in the window: it is uploaded to Glossator.',
  unknownTicket: 'The chosen file is no longer available (it was used already or waited too long). Choose it again.',
  uploadClosed: 'This upload has already ended.',
  tooLarge: 'The file is larger than {{max}} MB.',
  uploadAborted: 'The upload of {{name}} stopped before the whole file arrived.',
  'filter-bundle': 'Glossator bundles',
  'filter-codebook': 'Glossator codebooks',
  'filter-graphml': 'GraphML networks',
  'filter-csv': 'CSV tables',
  'filter-document': 'Documents',
  filterAll: 'All files',
  codebookFileName: '{{project}} codebook.json',
  graphmlFileName: '{{project}} {{kind}} network.graphml',
} satisfies Record<string, string>;
