/** English: bundles: export, the import preview and its summary, as the core words them. Keys are the contract between code and catalogs (see catalogs.test.ts). */
export const bundles = {
  // --- The bundle file (bundle-format): reading one, refusals, export. ---
  'kind-document': 'a document',
  'kind-annotation': 'an annotation',
  'kind-link': 'a link',
  'kind-tag': 'a tag',
  'kind-actor': 'an actor',
  'kind-concept': 'a concept',
  'kind-linkType': 'a link type',
  'kind-coder': 'a coder',
  'kind-tagMapping': 'a tag mapping',
  foreignZip:
    'This is a zip archive, but not a Glossator bundle: it holds no manifest.json and none of a bundle’s files.',
  noManifest:
    'This bundle has no manifest.json, so nothing in it can be checked. The file is damaged or incomplete; ask for it again.',
  notGlossator: 'This zip archive was made by another program: its manifest.json does not describe a Glossator bundle.',
  newerFormat:
    'This bundle was made by a newer Glossator (bundle format {{version}}; this one reads up to format {{supported}}). Update Glossator to open it.',
  unknownFormatVersion:
    'This bundle names a format version Glossator does not know ({{version}}), so it cannot be read.',
  otherTextRule:
    'This bundle’s texts follow another rule ({{normalisation}}, offsets in {{offsetUnit}}) than Glossator’s, so its annotations would not line up with them.',
  badJson: 'The file {{file}} in the bundle is not valid JSON. The bundle is damaged; ask for it again.',
  forbiddenKey:
    'The file {{file}} in the bundle holds a key named “{{key}}”, which no bundle holds: it is refused as unsafe.',
  wrongShape: 'The file {{file}} in the bundle does not hold what it should (at {{where}}: {{reason}}).',
  fileTooLarge:
    'The file {{file}} in the bundle is {{bytes}} bytes, more than such a file may be ({{max}} bytes); it was not read.',
  missingFile:
    'The bundle’s manifest lists {{file}}, but the bundle does not hold it. The bundle is incomplete; ask for it again.',
  sizeDiffers:
    'The file {{file}} in the bundle is {{actual}} bytes, but the manifest says {{listed}}. The bundle is damaged.',
  hashDiffers:
    'The file {{file}} in the bundle is not the one its manifest lists (its SHA-256 differs): it was changed or damaged after the export.',
  unlistedEntries_one: 'The bundle holds {{count}} file its manifest does not list ({{example}}), so it is refused.',
  unlistedEntries_other:
    'The bundle holds {{count}} files its manifest does not list ({{example}}, …), so it is refused.',
  unknownFile: 'The bundle’s manifest lists {{file}}, which is not a file a bundle holds.',
  listedTwice: 'The bundle’s manifest lists {{file}} twice.',
  requiredMissing: 'The bundle does not list {{file}}, which every bundle holds.',
  documentIncomplete: 'The bundle’s document {{id}} lacks its {{file}}.',
  documentIdDiffers: 'The file {{file}} holds the document {{id}}, not the one of its folder.',
  originalMismatch:
    'The document {{id}} says its original text is in {{expected}}, but the bundle does not match that.',
  layerNotListed: 'The file {{file}} holds the layer of {{coderId}}, who is not one of the bundle’s layers.',
  layerTwice: 'The bundle’s manifest names the layer of {{coderId}} twice.',
  layerWithoutCoder: 'The bundle’s manifest names the layer of {{coderId}}, who is not in coders.json.',
  textNotUtf8: 'The text {{file}} in the bundle is not UTF-8, so it cannot be read as it was exported.',
  textNotNormalised:
    'The text {{file}} in the bundle is not normalised as Glossator’s texts are (BOM, line ends, NFC), so its offsets cannot be trusted.',
  textLengthDiffers: 'The text {{file}} is {{actual}} characters long, but its document says {{expected}}.',
  annotationOtherDocument:
    'The annotation {{id}} in {{file}} belongs to the document {{documentId}}, not to the one of its file.',
  annotationOtherCoder: 'The annotation {{id}} in {{file}} is by the coder {{coderId}}, not by the one of its file.',
  annotationOutsideText:
    'The annotation {{id}} in {{file}} ends at character {{end}}, beyond the end of its text ({{length}} characters).',
  quoteDiffers:
    'The annotation {{id}} in {{file}} quotes words that are not at characters {{start}}–{{end}} of its text.',
  linkOtherCoder: 'The link {{id}} in {{file}} is by the coder {{coderId}}, not by the one of its file.',
  missingReference:
    'The record {{from}} in {{file}} names {{id}} as $t(bundles:kind-{{kind}}), but the bundle holds no such record.',
  idTwice: 'The id {{id}} names two records ($t(bundles:kind-{{kind}}) each) in the bundle ({{file}}).',
  idOfTwoKinds:
    'The id {{id}} names both $t(bundles:kind-{{first}}) and $t(bundles:kind-{{second}}) in the bundle ({{file}}): ids of one kind may not be used for another.',
  tagCycle: 'The tag {{id}} in {{file}} is its own ancestor: the tags do not form a tree.',
  mappingNotOfLayer:
    'The tag mapping {{id}} in {{file}} is of the coder {{coderId}}, whose layer the bundle does not hold.',
  mappingOntoItself: 'The tag mapping {{id}} in {{file}} maps a tag onto itself.',
  mappingTwice: 'The coder {{coderId}} maps the tag {{tagId}} twice in {{file}}.',
  countsDiffer:
    'The bundle’s manifest counts {{listedDocuments}} documents, {{listedAnnotations}} annotations and {{listedLinks}} links, but it holds {{documents}}, {{annotations}} and {{links}}.',
  notInBundle: 'The document {{id}} is not in this bundle.',
  unknownCoder: 'The project has no coder {{id}}, so there is no such layer to export.',
  unknownDocument: 'The project has no document {{id}} to export.',
  textNotUnicode:
    'The text of “{{title}}” holds a broken character (half of a UTF-16 pair), so it cannot be written as UTF-8. Correct that character, then export again.',
  exportQuoteDiffers:
    'The annotation {{id}} of “{{title}}” does not quote its text at its offsets, so the bundle would not read back. Re-attach or delete it, then export again.',
  jobRunning: 'An export named {{jobId}} is already running.',
  changedDuringExport:
    'The text of “{{title}}” changed while the bundle was being written, so the bundle was not kept. Export again.',
  // --- End of the bundle file's block. ---

  // --- Importing a bundle (bundle-import): refusals, the preview's and the summary's words. ---
  previewGone:
    'This bundle’s preview is no longer open (it was imported, closed, or left open too long). Open the bundle again.',
  noSuchLayer: 'The bundle holds no layer of the coder {{id}}.',
  cannotMapOntoMe:
    '{{name}}’s layer cannot go into your own: a bundle never changes your layer. Give it a new layer or another coder.',
  noSuchCoder: 'There is no coder {{id}} in this project to take {{name}}’s layer.',
  twoLayersOntoOne: 'Two of the bundle’s layers would go to one coder ({{name}}’s is one of them): each needs its own.',
  idTaken:
    'The id {{id}} is $t(bundles:kind-{{kind}}) in the bundle but $t(bundles:kind-{{other}}) in this project, so it cannot be imported under it. Nothing was imported.',
  annotationIdTaken:
    'The bundle’s annotation {{id}} is already in this project, in another document or another coder’s layer. Nothing was imported.',
  linkIdTaken: 'The bundle’s link {{id}} is already in this project, in another coder’s layer. Nothing was imported.',
  importMissingReference:
    'An annotation of the bundle names {{id}}, which is neither in the bundle nor in this project. Nothing was imported.',
  replaceNotConfirmed:
    'This import replaces part of a layer already here ({{annotations}} annotations and {{links}} links would be changed or removed). Confirm the replacement to import it; nothing was changed.',
  // --- End of the bundle import's block. ---
} satisfies Record<string, string>;
