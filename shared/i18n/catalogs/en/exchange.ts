// Exchange formats (REFI-QDA, W3C, brat, CSV): their words. The source of the typed keys.
// Each helper adds keys in a block of its own, prefixed: csv-, refi-, w3c-, brat-, ui-.
export const exchange = {
  title: 'Exchange formats',
  // --- CSV tables for R and Python (csv) ---
  'csv-unknownTable': 'There is no CSV table “{{table}}”. The tables are: {{tables}}. Nothing was written.',
  'csv-folderNotWritten':
    'The tables could not be written into the folder “{{folder}}” ({{code}}). No table was left half-written.',
  'csv-linkEndNotExported_one': '{{count}} link with an end outside the export was left out.',
  'csv-linkEndNotExported_other': '{{count}} links with an end outside the export were left out.',
};
