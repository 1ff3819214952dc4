// Exchange formats (REFI-QDA, W3C, brat, CSV): their words. The source of the typed keys.
// Each helper adds keys in a block of its own, prefixed: csv-, refi-, w3c-, brat-, ui-.
export const exchange = {
  title: 'Exchange formats',
  // --- REFI-QDA import, .qdpx and .qdc (refi-in) ---
  'refi-notZip':
    '“{{file}}” is not a zip archive, so it is not a REFI-QDA project (.qdpx). Nothing was imported. Export the project again from MAXQDA, ATLAS.ti, NVivo or QualCoder.',
  'refi-badZip': '“{{file}}” cannot be read as a REFI-QDA project: $t({{reason}}) Nothing was imported.',
  'refi-noProjectQde':
    '“{{file}}” is a zip archive but holds no project.qde, so it is not a REFI-QDA project. Nothing was imported.',
  'refi-entryTooLarge':
    '“{{name}}” in “{{file}}” is {{size, number}} MB uncompressed, more than the {{max, number}} MB Glossator reads. Nothing was imported.',
  'refi-fileTooLarge':
    '“{{file}}” is {{size, number}} MB, more than the {{max, number}} MB Glossator reads for a codebook. Nothing was imported.',
  'refi-notUtf8':
    '“{{file}}” is not UTF-8 text, as the REFI-QDA standard requires its XML to be. Nothing was imported.',
  'refi-doctype':
    '“{{file}}” declares a DOCTYPE. REFI-QDA files never need one, and one can make a reader fetch files or expand entities without end, so Glossator refuses it. Nothing was imported.',
  'refi-entity':
    '“{{file}}” uses an entity no REFI-QDA file defines (only &amp;, &lt;, &gt;, &quot; and &apos; are known). Glossator never resolves entities. Nothing was imported.',
  'refi-badXml': '“{{file}}” is not well-formed XML ({{reason}}). Nothing was imported.',
  'refi-noRoot': '“{{file}}” holds no XML element. Nothing was imported.',
  'refi-xmlTooLarge': '“{{file}}” holds more than {{max, number}} XML elements. Nothing was imported.',
  'refi-xmlTooDeep': '“{{file}}” nests XML elements more than {{max, number}} deep. Nothing was imported.',
  'refi-xmlTooManyAttributes':
    '“{{file}}” has an XML element with more than {{max, number}} attributes. Nothing was imported.',
  'refi-notProject':
    '“{{file}}” is XML but not a REFI-QDA project: its root element is “{{root}}”, not “Project”. Nothing was imported.',
  'refi-notCodebook':
    '“{{file}}” is XML but not a REFI-QDA codebook: its root element is “{{root}}”, not “CodeBook”. Nothing was imported.',
  'refi-qdcIsZip':
    '“{{file}}” is a zip archive, not a REFI-QDA codebook (.qdc), which is an XML file. Import it as a project (.qdpx). Nothing was imported.',
  'refi-missingAttribute':
    '“{{file}}” has a {{element}} without its “{{attribute}}” attribute, which the REFI-QDA standard requires. Nothing was imported.',
  'refi-guidTwice':
    '“{{file}}” uses the GUID {{guid}} for two records (a {{first}} and a {{second}}), so it is unclear which is meant. Nothing was imported.',
  'refi-badRecord': '“{{file}}”: the record {{id}} cannot be taken ({{field}}: {{reason}}). Nothing was imported.',
  'refi-tooMany':
    '“{{file}}” holds {{count, number}} of {{what}}; a project may hold at most {{max, number}}. Nothing was imported.',
  'refi-textTooLong':
    'The source “{{name}}” in “{{file}}” is longer than the {{max, number}} characters a document may have. Nothing was imported.',
  'refi-missingSource':
    'The source “{{name}}” refers to its text at “{{path}}”, which “{{file}}” does not hold. Nothing was imported. Export the project again with its sources.',
  'refi-absoluteSource':
    'The source “{{name}}” keeps its text at an absolute path, “{{path}}”, outside the project file. Glossator reads only texts inside the .qdpx or beside it. Nothing was imported.',
  'refi-hiddenSource':
    'A source of “{{file}}” refers to its text at “{{path}}”, a hidden file or folder; Glossator does not read those. Nothing was imported.',
  'refi-linkedSource':
    'A source of “{{file}}” refers to its text at “{{path}}”, which is a symbolic link; Glossator does not follow links. Nothing was imported.',
  'refi-sourceNotFile':
    'A source of “{{file}}” refers to its text at “{{path}}”, which is not a plain file. Nothing was imported.',
  'refi-textsTooLarge':
    'The source texts of “{{file}}” come to more than the {{max, number}} MB Glossator reads in one import. Nothing was imported.',
  'refi-sourceNotText':
    'The text of the source “{{name}}” (“{{path}}”) cannot be read: $t({{reason}}). Nothing was imported.',
  'refi-rejectNoCode': 'The selection carries no code.',
  'refi-rejectUnknownCode': 'The coding names the code {{code}}, which is not in the codebook.',
  'refi-rejectPositions':
    'The selection’s positions {{start}}–{{end}} are not a span (not whole numbers, negative, or empty).',
  'refi-rejectOutside': 'The selection {{start}}–{{end}} lies outside its text.',
  'refi-crlfAsOneByOrigin_one':
    '{{count}} source has Windows line ends (CRLF). {{origin}} counts each as one character, and the positions were read that way.',
  'refi-crlfAsOneByOrigin_other':
    '{{count}} sources have Windows line ends (CRLF). {{origin}} counts each as one character, and the positions were read that way.',
  'refi-crlfAsOneByFit_one':
    '{{count}} source has Windows line ends (CRLF). Counting each as one character made the selections fit their texts, so the positions were read that way.',
  'refi-crlfAsOneByFit_other':
    '{{count}} sources have Windows line ends (CRLF). Counting each as one character made the selections fit their texts, so the positions were read that way.',
  'refi-crlfAsTwoByOrigin_one':
    '{{count}} source has Windows line ends (CRLF). They were counted as two characters (CR and LF), as the REFI-QDA standard counts them.',
  'refi-crlfAsTwoByOrigin_other':
    '{{count}} sources have Windows line ends (CRLF). They were counted as two characters (CR and LF), as the REFI-QDA standard counts them.',
  'refi-crlfAsTwoByFit_one':
    '{{count}} source has Windows line ends (CRLF). Counting each as two characters made the selections fit their texts, so the positions were read that way.',
  'refi-crlfAsTwoByFit_other':
    '{{count}} sources have Windows line ends (CRLF). Counting each as two characters made the selections fit their texts, so the positions were read that way.',
  'refi-normalised_one':
    '{{count}} text was normalised (line ends, Unicode form); the text as it came is kept as the document’s original.',
  'refi-normalised_other':
    '{{count}} texts were normalised (line ends, Unicode form); the texts as they came are kept as the documents’ originals.',
  'refi-noPlainText_one': '{{count}} text source has no plain text (only a rich-text file) and was not imported.',
  'refi-noPlainText_other': '{{count}} text sources have no plain text (only a rich-text file) and were not imported.',
  'refi-linksSkipped_one':
    '{{count}} link does not join two imported selections (it joins codes, sources or notes) and was not imported.',
  'refi-linksSkipped_other':
    '{{count}} links do not join two imported selections (they join codes, sources or notes) and were not imported.',
  'refi-notesUnattached_one': '{{count}} note is attached to no code, source or selection and was not imported.',
  'refi-notesUnattached_other': '{{count}} notes are attached to no code, source or selection and were not imported.',
  'refi-skipped_one': '{{count}} {{what}} has no place in Glossator and was not imported.',
  'refi-skipped_other': '{{count}} of {{what}} have no place in Glossator and were not imported.',
  'refi-sourceEncoding_one':
    '{{count}} source text was not UTF-8; its encoding was recognised and it was read as such.',
  'refi-sourceEncoding_other':
    '{{count}} source texts were not UTF-8; their encoding was recognised and they were read as such.',
  'refi-bomb':
    '“{{name}}” in “{{file}}” is compressed {{ratio, number}}:1 (at most {{max, number}}:1 is accepted). This is how a “zip bomb” fills the memory, so nothing was read or imported.',
  'refi-archiveTooLarge':
    'The files of “{{file}}” add up to {{size, number}} MB uncompressed, more than the {{max, number}} MB Glossator reads. Nothing was imported.',
  'refi-variablesSkipped_one': '{{count}} document variable has no field in Glossator and was not imported: {{names}}.',
  'refi-variablesSkipped_other':
    '{{count}} document variables have no field in Glossator and were not imported: {{names}}.',
  // --- end of REFI-QDA import ---
  // --- CSV tables for R and Python (csv) ---
  'csv-unknownTable': 'There is no CSV table “{{table}}”. The tables are: {{tables}}. Nothing was written.',
  'csv-folderNotWritten':
    'The tables could not be written into the folder “{{folder}}” ({{code}}). No table was left half-written.',
  'csv-linkEndNotExported_one': '{{count}} link with an end outside the export was left out.',
  'csv-linkEndNotExported_other': '{{count}} links with an end outside the export were left out.',
  // --- Plumbing, Export… and Import… dialogs, CLI (ui) ---
  'ui-formatNotWritten': 'This Glossator cannot write the {{format}} format yet. Nothing was written.',
  'ui-formatNotRead': 'This Glossator cannot read {{format}} files yet. Nothing was imported.',
  'ui-notReadable':
    '“{{file}}” is not a file Glossator reads. It reads Glossator bundles, REFI-QDA projects (.qdpx) and codebooks (.qdc), W3C Web Annotation (JSON-LD) and brat standoff (.txt with .ann, in a folder or a zip).',
  'ui-format-bundle': 'Glossator bundle',
  'ui-format-csv': 'CSV tables',
  'ui-format-qdpx': 'REFI-QDA project',
  'ui-format-qdc': 'REFI-QDA codebook',
  'ui-format-w3c': 'W3C Web Annotation',
  'ui-format-brat': 'brat standoff',
  'ui-format-graphml': 'GraphML network',
  'ui-formatHint-bundle': 'Everything, for a colleague’s Glossator (.glossator).',
  'ui-formatHint-csv':
    'For R, Python and spreadsheets: a zip of tables (annotations, statements, links, actors, documents).',
  'ui-formatHint-qdpx': 'For MAXQDA, ATLAS.ti, NVivo, QualCoder: texts, codes and codings (.qdpx).',
  'ui-formatHint-qdc': 'The codebook alone, for another QDA tool (.qdc).',
  'ui-formatHint-w3c': 'JSON-LD annotations with quote and position selectors (.jsonld).',
  'ui-formatHint-brat': 'A zip of .txt and .ann files for brat and NLP tools.',
  'ui-formatHint-graphml': 'The actor–concept network for Gephi, visone, igraph and networkx (.graphml).',
  'ui-formatLegend': 'Format',
  'ui-bom': 'Begin with a byte-order mark (for Excel)',
  'ui-csvTable': 'Tables:',
  'ui-csvAllTables': 'all, in a zip',
  'ui-csvTableFile': '{{table}}.csv alone',
  'ui-graphmlScope':
    'GraphML holds the actor–concept network of the documents and layers chosen below; the Networks view exports its other networks and filters.',
  'ui-exported': 'Wrote {{file}}: {{documents}}, {{annotations}}, {{links}}.',
  'ui-exportedGraphml': 'Wrote {{file}}.',
  'ui-exportFailed': 'The export failed: {{reason}}',
  'ui-fileFormat': 'Format: {{format}}',
  'ui-rejectedTitle_one': '{{count}} annotation does not fit its text and will not be imported',
  'ui-rejectedTitle_other': '{{count}} annotations do not fit their text and will not be imported',
  'ui-rejectedItem': '{{document}} · {{annotation}}: {{reason}}',
  'ui-unknown': '—',
  'ui-notesTitle': 'About this file',
  'ui-cliExported': 'Wrote {{file}} ({{format}}, offsets in {{unit}}): {{documents}}, {{annotations}}, {{links}}',
  'ui-cliLeftOut': '  left out: {{reason}}',
  'ui-cliRejected': '  not imported: {{document}} · {{annotation}}: {{reason}}',
  'ui-cliNote': '  note: {{note}}',
  'ui-cliFileHeading': '{{file}}:',
  'ui-cliExportedGraphml':
    'Wrote {{file}}: the actor–concept network of {{documents}} ({{nodes}} nodes, {{edges}} edges)',
  'ui-unit-utf-16': 'UTF-16 code units',
  'ui-unit-code-points': 'code points',
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
  // --- brat (brat) ---
  'brat-leftOutCrossDocument_one':
    "{{count}} link joins two documents: brat relations stay inside one document, so it is listed in the export's README.txt instead.",
  'brat-leftOutCrossDocument_other':
    "{{count}} links join two documents: brat relations stay inside one document, so they are listed in the export's README.txt instead.",
  'brat-leftOutCrossLayer_one':
    "{{count}} link joins two coders' layers: each layer is a brat collection of its own, so it is listed in the README.txt instead.",
  'brat-leftOutCrossLayer_other':
    "{{count}} links join two coders' layers: each layer is a brat collection of its own, so they are listed in the README.txt instead.",
  'brat-leftOutLinkEnd_one': '{{count}} link has an end that was not exported and was left out.',
  'brat-leftOutLinkEnd_other': '{{count}} links have an end that was not exported and were left out.',
  'brat-leftOutAnnotation_one':
    '{{count}} annotation has no text brat can mark (its text was deleted, or it covers only line breaks) and was left out.',
  'brat-leftOutAnnotation_other':
    '{{count}} annotations have no text brat can mark (their text was deleted, or they cover only line breaks) and were left out.',
  'brat-leftOutDocumentMemo_one':
    '{{count}} document memo has no place in brat (its notes belong to annotations) and was left out.',
  'brat-leftOutDocumentMemo_other':
    '{{count}} document memos have no place in brat (its notes belong to annotations) and were left out.',
  'brat-notCollection': 'This is neither a zip nor a folder of brat files (.txt and .ann).',
  'brat-empty': 'No brat documents were found: the folder or zip holds no .txt or .ann files.',
  'brat-tooManyFiles': 'The brat collection holds more than {{max}} files; it is not read.',
  'brat-fileTooLarge': '{{file}} is larger than {{max}} MB; the collection is not read.',
  'brat-textsTooLarge': 'The files of the brat collection come to more than {{max}} MB in all; it is not read.',
  'brat-unreadable': 'The brat collection could not be read ({{code}}).',
  'brat-notUtf8': '{{file}} is not UTF-8 text; it was not imported.',
  'brat-textTooLong': 'The text of {{file}} is longer than Glossator holds; it was not imported.',
  'brat-noText': '{{file}} has no .txt beside it, so its annotations have no text; they were not imported.',
  'brat-malformedLine': 'Line {{line}} of {{file}} is not a brat annotation line; it was not imported.',
  'brat-badSpan': '{{id}} in {{file}} (line {{line}}) has offsets that are not a span; it was not imported.',
  'brat-offsetPastText':
    '{{id}} in {{file}} ends at {{end}}, past the end of its text ({{length}} characters); it was not imported.',
  'brat-coveredTextDiffers':
    '{{id}} in {{file}}: the text on its line is not the text at its offsets; it was not imported.',
  'brat-splitsCharacter':
    '{{id}} in {{file}} begins or ends inside a character (a letter and its accent); it was not imported.',
  'brat-duplicateId': '{{id}} appears twice in {{file}}; the second line was not imported.',
  'brat-unknownTarget':
    'Line {{line}} of {{file}} refers to {{target}}, which is not an imported annotation of the file; it was not imported.',
  'brat-unsupportedLine':
    'Line {{line}} of {{file}} is a brat annotation of a kind Glossator does not hold ({{kind}}: events, equivalences); it was not imported.',
  'brat-noteDiscontinuous_one':
    '{{count}} discontinuous brat annotation was split into one annotation per fragment, its fragments linked (“part of the same brat annotation”).',
  'brat-noteDiscontinuous_other':
    '{{count}} discontinuous brat annotations were split into one annotation per fragment, their fragments linked (“part of the same brat annotation”).',
  'brat-noteJoinedLines_one':
    '{{count}} brat annotation broken only at line ends was read as one span over those lines.',
  'brat-noteJoinedLines_other':
    '{{count}} brat annotations broken only at line ends were read as one span each over those lines.',
  'brat-noteNormalised_one':
    '{{count}} text was normalised on import (BOM, CR line ends or NFC): its offsets were converted.',
  'brat-noteNormalised_other':
    '{{count}} texts were normalised on import (BOM, CR line ends or NFC): their offsets were converted.',
  'brat-noteOneCoder': "The files at the top of the collection are taken as one coder's layer, named “{{name}}”.",
  // --- W3C Web Annotation export and import (w3c) ---
  'w3c-leftOutOrphaned_one':
    '{{count}} annotation whose text was deleted has no span for a W3C selector and was left out.',
  'w3c-leftOutOrphaned_other':
    '{{count}} annotations whose text was deleted have no span for a W3C selector and were left out.',
  'w3c-leftOutLinks_one': '{{count}} link with an end outside the export was left out.',
  'w3c-leftOutLinks_other': '{{count}} links with an end outside the export were left out.',
  'w3c-positionOnlyOnChangedText':
    'This annotation gives only a position, no quote, and the document’s original text differs from the stored one (line ends, a BOM or Unicode form), so the position may point elsewhere: it was not imported.',
  'w3c-forbiddenKey':
    'This file holds a key named “{{key}}”, which no W3C Web Annotation file needs: it is refused as unsafe.',
  'w3c-notJson': 'This file is not JSON, so it cannot be a W3C Web Annotation file ({{detail}}).',
  'w3c-tooLarge': 'This file is {{size}} MB; a W3C Web Annotation file is read up to {{max}} MB.',
  'w3c-tooDeep': 'This file nests deeper than {{depth}} levels, which no Web Annotation does: it is refused as unsafe.',
  'w3c-remoteContext':
    'This file names the JSON-LD context “{{context}}”. Glossator never fetches a context from the network and takes only the official Web Annotation context, http://www.w3.org/ns/anno.jsonld.',
  'w3c-noContext':
    'This file has no @context: a W3C Web Annotation file names the context http://www.w3.org/ns/anno.jsonld.',
  'w3c-notAnnotations':
    'This file holds no Web Annotations (an Annotation, a list of them, an AnnotationPage or an AnnotationCollection).',
  'w3c-pagesMissing':
    'This collection has {{total}} annotations but the file holds {{found}}: its other pages are elsewhere, and Glossator fetches nothing. Export the collection with every page in one file.',
  'w3c-badRecords':
    'This Glossator W3C export is damaged (its records fail at {{detail}}), so nothing of it was imported. Export it again.',
  'w3c-noDocument': 'The W3C file has no document {{id}}.',
  'w3c-noId': 'An annotation without an id.',
  'w3c-duplicateId': 'A second annotation with the same id.',
  'w3c-noTarget': 'It has no single target with a source document.',
  'w3c-textNeeded':
    'Its text, {{source}}, is not in this file or in the project. Import that text first (with its address as the document’s URL) and import this file again.',
  'w3c-noSelector': 'It has neither a TextQuoteSelector nor a TextPositionSelector.',
  'w3c-noQuote': 'Its TextQuoteSelector has no exact text.',
  'w3c-outsideText': 'Its position {{start}}–{{end}} lies outside the text ({{length}} characters).',
  'w3c-quoteNotFound': 'Its quoted words “{{quote}}” are nowhere in the text.',
  'w3c-badField': 'Its {{field}} “{{value}}” is not one Glossator knows.',
  'w3c-unknownReference': 'It names a {{kind}} the file does not hold ({{iri}}).',
  'w3c-badAnnotation': 'It does not make a valid annotation ({{detail}}).',
  'w3c-linkEnds': 'A link whose two ends are not annotations of this file.',
  'w3c-noteTextNeeded_one':
    '{{count}} annotation was not imported: its text is neither in the file nor in the project ({{sources}}; {{more}} more).',
  'w3c-noteTextNeeded_other':
    '{{count}} annotations were not imported: their texts are neither in the file nor in the project ({{sources}}; {{more}} more).',
  'w3c-noteSplitTags_one': '{{count}} annotation with several tags became one annotation per tag.',
  'w3c-noteSplitTags_other': '{{count}} annotations with several tags became one annotation per tag.',
  'w3c-noteUntagged_one': '{{count}} annotation without a tag was tagged with its motivation (e.g. “commenting”).',
  'w3c-noteUntagged_other':
    '{{count}} annotations without a tag were tagged with their motivation (e.g. “commenting”).',
  'w3c-noteByQuote_one':
    '{{count}} annotation was placed by its quoted words: its position did not select them in this text.',
  'w3c-noteByQuote_other':
    '{{count}} annotations were placed by their quoted words: their positions did not select them in this text.',
};
