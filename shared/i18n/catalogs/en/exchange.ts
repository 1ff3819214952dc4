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
  // --- REFI-QDA export (refi-out) ---
  'refi-emptyCodebook': 'The codebook has no tags: a REFI-QDA codebook (.qdc) needs at least one code.',
  'refi-annotationDoesNotFit':
    'Annotation {{id}} no longer fits the text of “{{title}}” (was the text corrected during the export?). Nothing was written.',
  'refi-unknownTag':
    'Annotation {{id}} in “{{title}}” has a tag the codebook no longer holds ({{tag}}). Nothing was written.',
  'refi-orphanedLeftOut_one':
    '{{count}} annotation whose text was deleted has no span to select in REFI-QDA and was left out.',
  'refi-orphanedLeftOut_other':
    '{{count}} annotations whose text was deleted have no span to select in REFI-QDA and were left out.',
  'refi-linkEndLeftOut_one': '{{count}} link with an end outside the export was left out.',
  'refi-linkEndLeftOut_other': '{{count}} links with an end outside the export were left out.',
};
