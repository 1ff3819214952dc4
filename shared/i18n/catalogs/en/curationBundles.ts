// Curation in bundles (curationBundles): the source of the typed keys; the Russian catalog has the same keys.
export const curationBundles = {
  title: 'Curation',
  // Refusals of a bundle's curation.json (the file is named; nothing is imported).
  idTaken: 'The id {{id}} in {{file}} is used twice, or is the id of another record of the bundle.',
  labelTwice: 'Two quick reasons in {{file}} have the label “{{label}}”.',
  statusTwice: 'The document {{id}} has two curation statuses in {{file}}.',
  replacesUnknown: 'The decision {{id}} in {{file}} replaces {{replaced}}, which is no other decision of the bundle.',
  badSource:
    'The decision {{id}} in {{file}} names {{source}} as a coder’s version, but it is the curated layer’s or a record of another kind.',
  badResult:
    'The decision {{id}} in {{file}} made {{result}}, which is not an annotation of the bundle’s curated layer in its document.',
  layerWithoutCuration: 'The bundle holds the curated layer without its decisions ({{file}} is missing).',
  curationWithoutLayer: 'The bundle holds curation decisions ({{file}}) without the curated layer they made.',
  // Refusals of a mapping of layers.
  curatedLayerFixed: 'The curated layer is imported into this project’s curated layer, and nowhere else.',
  notOntoCurated: 'The layer of {{name}} cannot go into the curated layer: it changes only through curation.',
  // The import preview and summary ({{n}}: the number as the language writes it).
  curatedLayer: 'Goes into the curated layer (decisions keep their curators)',
  decisionsLine: '{{decisions}} ({{conflicts}})',
  decisions_one: '{{n}} curation decision',
  decisions_other: '{{n}} curation decisions',
  conflicts_one: '{{n}} conflicts with yours',
  conflicts_other: '{{n}} conflict with yours',
  sameDecisions_one: '{{n}} decision already here',
  sameDecisions_other: '{{n}} decisions already here',
  replacesYours_one: '{{n}} of your decisions is replaced by a later one of theirs',
  replacesYours_other: '{{n}} of your decisions are replaced by later ones of theirs',
  sameAsYours_one: '{{n}} curated annotation or link is the same as yours (not doubled)',
  sameAsYours_other: '{{n}} curated annotations or links are the same as yours (not doubled)',
  statusesNew_one: '{{n}} document status',
  statusesNew_other: '{{n}} document statuses',
  statusesKept_one: '{{n}} status of yours kept where theirs differs',
  statusesKept_other: '{{n}} statuses of yours kept where theirs differ',
  quickReasonsNew_one: '{{n}} new quick reason',
  quickReasonsNew_other: '{{n}} new quick reasons',
  conflictsNote:
    'A unit decided differently on each side shows as a conflict in the Compare view until it is decided again.',
} as const;
