/**
 * English: cli — what `npm run serve` (electron/server/server.ts) prints, and its --help. Keys are the contract
 * between code and catalogs: the Russian catalog has exactly these (plurals with their own forms).
 */
export const cli = {
  help: `Usage: npm run serve -- [options]

Runs Glossator on this machine and serves it to your browser at a loopback address (127.0.0.1 only).

Options:
  --project DIR      the project folder (created if new; default: the default project, with the sample texts)
  --port N           the port, 0 to 65535 (used and remembered; default: the project's remembered port, or a free one)
  --new-token        a fresh access token (old bookmarks and open tabs of this project stop working)
  --coder NAME       who you are in this project (remembered)
  --sample           fill a new, empty project with the sample texts
  --config DIR       where Glossator keeps its settings (default: {{config}})
  --static-root DIR  serve the app's pages from this folder (default: the built app)
  --lang en|ru       the language of these messages (default: the one chosen in Settings, else the system's)
  -h, --help         show this help`,
  serving_one: 'Glossator is serving project “{{name}}” ({{count}} document) from {{path}}',
  serving_other: 'Glossator is serving project “{{name}}” ({{count}} documents) from {{path}}',
  openedIn: 'Project opened in {{ms}} ms',
  problem: 'Problem: {{problem}}',
  openAddress:
    'Open this address in your browser (it holds the access token; it stays the same for this project, until --new-token):\n{{url}}',
  couldNotStart: 'Glossator could not start: {{reason}}',
  badLanguage: '--lang must be en or ru, not “{{text}}”.',
  unknownOption: 'There is no option {{option}}. See --help for the options.',
  missingValue: '{{option}} needs a value. See --help for the options.',
  unexpectedArgument: 'Options only, please: “{{text}}” is not one. See --help for the options.',
  addressUnreadable: 'Could not read {{path}} ({{reason}}); starting afresh.',
  addressDamaged: '{{path}} is damaged; the browser addresses are started afresh.',
  portMoved:
    'Port {{wanted}}, remembered for this project, is in use: serving on port {{port}} instead, with the same token, and remembering it.',
  addressNotRemembered: 'Could not remember this address for the next run: {{reason}}',
  // npm run cli (electron/cli)
  commandHelp: `Usage: npm run cli -- COMMAND [options]

Glossator's core without a window, for scripts and archiving. It takes the project's lock as the app does.

Commands:
  info --project DIR [--json]   the project's format version and counts; with --json one JSON object:
                                {"format", "documents", "annotations": {coderId: n}, "coders": {coderId: name},
                                 "actors", "links", "concepts", "tags"}
  export --project DIR --format bundle|csv|qdpx|qdc|w3c|brat|graphml --out PATH [--layer CODER]...
         [--document ID]... [--bom] [--table NAME]
                                writes the project: a bundle (.glossator), CSV tables for R and Python (--out a
                                folder: one file per table; a path ending in .zip: a zip of them; --table NAME:
                                that table alone, e.g. annotations or statements; --bom for Excel), a REFI-QDA project (.qdpx) or codebook (.qdc), W3C Web Annotation
                                JSON-LD, brat standoff (a zip), or the actor–concept network as GraphML; every
                                layer, or those named (a coder's id or name); every document, or those named
  import --project DIR FILE... [--coder-map THEIRS=OURS]... [--dry-run] [--replace-layers] [--json]
                                reads each file (a bundle, .qdpx, .qdc, W3C JSON-LD, brat as a zip or a folder:
                                the format told by its content; every file read before any is imported), lists
                                annotations that do not fit their text, and imports each as one undo step;
                                each difference takes the default the app shows. --coder-map maps a file's
                                coder (id or name) onto a coder of this project or "new"; --dry-run prints the
                                preview and changes nothing; --replace-layers allows replacing a colleague's
                                layer with their newer copy (refused without it); --json prints the preview or
                                the summary as JSON (an array of them, each with its "file", for several files)
  agreement --project DIR [--layers CODER,...] [--tags ID,...] [--unit exact|overlap] [--threshold X] [--json]
                                agreement between coders' layers over every document: every layer, or those
                                named (id or name); every tag as coded, or those named (each with its sub-tags);
                                units by exact span match or by overlap (intersection over union ≥ X, default
                                overlap 0.5; 0 = any overlap). Prints how units were formed and every figure
  agreement --table FILE.csv [--json]
                                agreement of data coded elsewhere: a CSV table of units × coders (header row:
                                coder names; one row per unit; an empty cell = not coded)
                                with --json, either form prints one object: {"coders", "units",
                                "percent_agreement", "cohen_kappa" (null unless two coders), "fleiss_kappa",
                                "fleiss_units", "krippendorff_alpha_nominal", "gwet_ac1"}; an undefined figure
                                is null
  curation merge|log --project DIR ...
                                merge copies into the curated layer what the coders of --coders agree on (--rule
                                unanimous|majority|none); log prints the decision log or writes it (--csv FILE).
                                See npm run cli -- curation --help
  clone URL DIR                 clones a shared project (an https:// git repository: GitLab, Gitea, GitHub or any
                                git http-backend) into DIR, a new or empty folder
  sync --project DIR [--remote URL] [--json]
                                commits the saved changes, fetches, merges colleagues' changes per record, pushes;
                                with --remote (the first time) connects the project to that repository and
                                publishes it. Credentials: GLOSSATOR_GIT_USER and GLOSSATOR_GIT_TOKEN

Options:
  --coder NAME    who you are (as for npm run serve)
  --config DIR    where Glossator keeps its settings (default ~/.config/Glossator)
  --lang ru|en    the language of messages (default: the one chosen in Settings, else LANG)
  --help, -h      this text

Exit status: 0 done, 1 refused (the reason on stderr, nothing changed), 2 a usage error.`,
  commandUsageError: 'Not understood: {{arg}}. See npm run cli -- --help.',
  commandUnknown: 'There is no command “{{command}}”. See npm run cli -- --help.',
  commandNeedsProject: '{{command}} needs --project DIR.',
  notAProject: '{{folder}} holds no Glossator project (no project.json).',
  info: `Project “{{name}}” in {{folder}}
Format {{format}} · {{documents}} · actors: {{actors}} · links: {{links}} · concepts: {{concepts}} · tags: {{tags}}`,
  infoLayer_one: '  {{name}}: {{count}} annotation',
  infoLayer_other: '  {{name}}: {{count}} annotations',
  documentCount_one: '{{count}} document',
  documentCount_other: '{{count}} documents',
  annotationCount_one: '{{count}} annotation',
  annotationCount_other: '{{count}} annotations',
  linkCount_one: '{{count}} link',
  linkCount_other: '{{count}} links',
  noSuchCoder: 'This project has no coder “{{coder}}” (give a coder’s id or name; `info` lists them).',
  noSuchBundleCoder: 'The bundle has no layer of a coder “{{coder}}” (give their id or name; --dry-run lists them).',
  exported: 'Wrote {{file}} ({{megabytes}} MB): {{documents}}, {{links}}',
  linksLeftOut_one: '{{count}} link was left out: an end of it is not in the bundle.',
  linksLeftOut_other: '{{count}} links were left out: an end of each is not in the bundle.',
  previewHeader:
    'Bundle of the project “{{project}}”, exported by {{coder}} on {{created}} (Glossator {{app}}, bundle format {{format}})',
  previewLayersHeading: 'Layers:',
  previewLayerNew: '  {{name}}: {{annotations}} → a new layer',
  previewLayerOnto: '  {{name}}: {{annotations}} → the layer of {{target}}',
  previewLayerReplacing:
    '  {{name}}: {{annotations}} → the layer of {{target}}, replacing theirs in these documents ({{theirs}} now)',
  previewLayerMine: '  {{name}}: your own work — compared and ignored (differences: {{differs}})',
  previewDocuments: 'Documents: new {{new}}, already here {{same}}, with a different text {{different}}',
  'recordKind-tag': 'Tag',
  'recordKind-actor': 'Actor',
  'recordKind-linkType': 'Link type',
  'recordKind-concept': 'Concept',
  'choice-ours': 'keeps ours',
  'choice-theirs': 'takes theirs',
  'choice-both': 'keeps both',
  previewRecordNew: '  {{kind}} “{{name}}”: new',
  previewRecordSameName: '  {{kind}} “{{name}}”: ours has the same name under another id → {{choice}}',
  previewRecordDiffers: '  {{kind}} “{{name}}”: differs ({{fields}}) → {{choice}}',
  previewLinks: 'Links: new {{new}}, cannot be placed (an end is missing) {{unplaced}}',
  previewOrphansHeading_one: '{{count}} annotation cannot be placed on this project’s text and is kept as an orphan:',
  previewOrphansHeading_other: '{{count}} annotations cannot be placed on this project’s text and are kept as orphans:',
  previewOrphan: '  «{{quote}}» in “{{document}}”',
  previewNothingNew: 'Nothing new: this project already holds everything in the bundle.',
  previewWouldAdd: 'Importing adds {{documents}}, {{annotations}}, {{links}}.',
  previewWouldReplace:
    'It replaces part of a colleague’s layer: annotations {{annotations}}, links {{links}} (run with --replace-layers).',
  importWouldReplace:
    'This import would replace part of a colleague’s layer (annotations: {{annotations}}, links: {{links}}). See --dry-run, then run it with --replace-layers to replace them. Nothing was changed.',
  imported: `Imported {{documents}}, {{annotations}}, {{links}}.
New layers: {{coders}} · replaced or removed annotations: {{replaced}} · orphans: {{orphans}} · links not placed: {{unplaced}} · your own, ignored: {{mine}}
Undo in Glossator takes the import back.`,
  // agreement (electron/cli/commands/agreement-command.ts) and the tables it reads (shared/agreement/read-table.ts)
  agreementNeedsInput: 'agreement needs --project DIR, or --table FILE.csv.',
  agreementTableAndProject: 'agreement reads either a project (--project) or a table (--table), not both.',
  agreementTableOptions: '{{option}} is for agreement --project, not --table.',
  agreementBadUnit: '--unit must be exact or overlap, not “{{text}}”.',
  agreementBadThreshold:
    '--threshold must be a number from 0 to 1 (the overlap, intersection over union), not “{{text}}”.',
  agreementThresholdNeedsOverlap: '--threshold applies to --unit overlap only.',
  agreementTooFewLayers_one: 'Agreement needs two or more coders’ layers; this project has {{count}} layer.',
  agreementTooFewLayers_other:
    'Agreement needs two or more coders’ layers; this project has {{count}} layers (or --layers named fewer than two).',
  agreementTableHeading_one: 'Agreement of {{coders}} over {{count}} unit',
  agreementTableHeading_other: 'Agreement of {{coders}} over {{count}} units',
  agreementProjectHeading_one: 'Agreement of {{coders}} in {{documents}}, {{count}} unit',
  agreementProjectHeading_other: 'Agreement of {{coders}} in {{documents}}, {{count}} units',
  agreementFormation:
    'Units: {{rule}} · found {{found}} · complete (every coder) {{complete}} · incomplete {{incomplete}} · left out: orphaned {{orphans}}, other tags {{outside}}',
  agreementRuleExact: 'exact span match',
  agreementRuleOverlap: 'overlap ≥ {{threshold}} (intersection over union)',
  agreementRuleAnyOverlap: 'any overlap',
  agreementFigure: '{{name}}  {{value}}   units used: {{units}} of {{found}}',
  agreementFigureUndefined: '{{name}}  undefined: {{reason}}   units used: {{units}} of {{found}}',
  agreementUnitizing: '{{name}}  {{value}}   over the character continuum',
  agreementFigureAlone: '{{name}}  undefined: {{reason}}',
  agreementPerTagHeading: 'Per tag (this tag against every other):',
  agreementPerTag: '  {{tag}}: α {{alpha}} · κ {{kappa}} · units {{units}}',
  agreementNoCommonUnits:
    'No common units: these coders coded no span in common, so there is no coefficient to report.',
  'coefficient-percent': 'Percent agreement',
  'coefficient-cohen': 'Cohen’s kappa',
  'coefficient-fleiss': 'Fleiss’ kappa',
  'coefficient-alpha': 'Krippendorff’s alpha (nominal)',
  'coefficient-ac1': 'Gwet’s AC1',
  'coefficient-unitizing': 'Krippendorff’s unitizing alpha (αu)',
  'reason-no-units': 'no units could be used',
  'reason-no-variation': 'every value is in one category',
  'reason-too-few-coders': 'two coders only',
  'reason-other': 'cannot be computed here',
  undefinedValue: '—',
  csvNotUtf8:
    'The file is not UTF-8 text: byte {{byte}} (line {{line}}) is not valid UTF-8. Save it as CSV UTF-8 and try again.',
  csvUnclosedQuote: 'The quoted field that begins on line {{line}} is never closed (a " is missing).',
  csvTextAfterQuote:
    'Line {{line}}, field {{field}}: text follows a closing quote. In CSV a quote inside a quoted field is written twice ("").',
  csvStrayQuote:
    'Line {{line}}, field {{field}}: a quote inside a field that is not quoted. Enclose the field in quotes and write the quote twice ("").',
  csvBareCr: 'Line {{line}} ends with a carriage return alone; CSV lines end with CRLF or LF.',
  csvTooManyCells:
    'The table has more than {{limit}} cells, more than Glossator reads as a table of units × coders. Split it, or compute agreement in Glossator itself.',
  tableEmpty: 'The table is empty: its first row must name the coders, one per column.',
  tableOneCoder: 'The table names one coder only (“{{coder}}”): agreement needs two or more columns, one per coder.',
  tableBlankCoder: 'Column {{column}} of the header row has no coder name.',
  tableDuplicateCoder: 'The header row names the coder “{{coder}}” twice.',
  tableRagged_one:
    'Line {{line}} has {{count}} cell; the header names {{coders}} coders. Every row needs one cell per coder (empty = not coded).',
  tableRagged_other:
    'Line {{line}} has {{count}} cells; the header names {{coders}} coders. Every row needs one cell per coder (empty = not coded).',
  tableFormula:
    'Line {{line}}, column {{column}} ({{coder}}): “{{cell}}” looks like a spreadsheet formula, not a category. Save the values rather than the formulas (or quote the category differently).',
  tableNoPairs_one:
    'No unit can be compared: of {{count}} unit, none was coded by two or more coders. Agreement needs units that several coders coded.',
  tableNoPairs_other:
    'No unit can be compared: of {{count}} units, none was coded by two or more coders. Agreement needs units that several coders coded.',
  tableMissing: 'There is no file {{file}}.',
  tableUnreadable: 'Could not read the table {{file}} ({{code}}).',
  tableTooLarge: 'The file {{file}} is {{megabytes}} MB, larger than a table of units × coders can be.',
} satisfies Record<string, string>;
