// Curation: links, the decision log, quick reasons and the curation CLI (curationLog). The source of the typed keys;
// the Russian catalog has the same keys.
export const curationLog = {
  title: 'Decision log',

  // Undo history.
  'history-takeLink': 'Take the link “{{from}}” {{type}} “{{to}}” into the curated layer',
  'history-rejectLink': 'Reject the link “{{from}}” {{type}} “{{to}}”',
  'history-addQuickReason': 'Add the quick reason “{{label}}”',
  'history-renameQuickReason': 'Reword the quick reason “{{from}}” as “{{label}}”',
  'history-deleteQuickReason': 'Delete the quick reason “{{label}}”',

  // Refusals.
  'error-reasonRequired':
    'Say why: write a reason or choose a quick reason. Every curation decision records its reason.',
  'error-endNotCurated':
    'The link’s end “{{quote}}” is not in the curated layer yet: decide its unit first, then take the link.',
  'error-endsBecameOne':
    'Both ends of this link became the same curated annotation, and a link needs two. Reject it instead.',
  'error-alreadyCurated':
    'The curated layer already has this link (taken from another coder’s copy). Reject this one as a duplicate.',
  'error-linkIsCurated': 'This link is the curated layer’s own: decide the coder’s link it was taken from instead.',
  'error-linkEndsGone': 'Both ends of link {{id}} were deleted: there is nothing to curate. Delete the link instead.',
  'error-quickReasonExists': 'There is already a quick reason “{{label}}”.',
  'error-noQuickReason': 'There is no quick reason {{id}} (it may have just been deleted).',
  'error-tooManyQuickReasons': 'A project holds at most {{max}} quick reasons: delete one you no longer use.',

  // The command line (npm run cli -- curation …).
  'cli-help': `Usage: npm run cli -- curation merge --project DIR --coders ID,ID[,ID…] [--rule unanimous|majority|none] [--json]
       npm run cli -- curation log --project DIR [--csv FILE] [--json]

  merge   copies into the curated layer every unit the chosen coders (by id or name) agree on: same span, same tag
          (after tag mappings), same statement fields. --rule unanimous (the default): all of them; majority: more
          than half; none: nothing is copied, only counted. Units are formed by overlap (0.5), as the Compare view
          does. Already-decided units and curated work are never changed. One undo step in the app. Prints what it
          did; with --json one object: {"rule", "documents", "added", "alreadyDecided", "undecided"}
  log     the decision log, newest first: when, document, decision, quote, curator and reason. --csv FILE writes it
          as CSV (the columns the README lists, UTF-8 with a BOM); --json prints {"total", "rows": [decisions]}`,
  'cli-unknownCommand': 'Unknown curation command “{{text}}”: use merge or log (npm run cli -- curation --help).',
  'cli-needsCoders': 'curation merge needs --coders ID,ID: two or more coders, by id or name.',
  'cli-badRule': 'Unknown --rule “{{text}}”: use unanimous, majority or none.',
  'cli-curatedNotACoder': 'The curated layer is the result of merging, not one of the coders to merge.',
  'cli-rule-unanimous': 'unanimous',
  'cli-rule-majority': 'majority',
  'cli-rule-none': 'none',
  'cli-documentCount_one': '{{count}} document',
  'cli-documentCount_other': '{{count}} documents',
  'cli-mergeHeading': 'Merged what {{coders}} agree on ({{rule}}) over {{documents}}:',
  'cli-mergeAdded_one': '  {{count}} unit added to the curated layer',
  'cli-mergeAdded_other': '  {{count}} units added to the curated layer',
  'cli-mergeAlreadyDecided_one': '  {{count}} agreeing unit already decided, left as it was',
  'cli-mergeAlreadyDecided_other': '  {{count}} agreeing units already decided, left as they were',
  'cli-mergeUndecided_one': '  {{count}} unit left for a decision',
  'cli-mergeUndecided_other': '  {{count}} units left for a decision',
  'cli-logHeading_one': '{{count}} decision in the log, newest first:',
  'cli-logHeading_other': '{{count}} decisions in the log, newest first:',
  'cli-logRow': '{{at}}  {{document}} [{{start}}–{{end}}]  {{decision}}  “{{quote}}”  {{curator}}: {{reason}}',
  'cli-logMore_one': '… and {{count}} more (see --csv)',
  'cli-logMore_other': '… and {{count}} more (see --csv)',
  'cli-logConflict': '  ↳ conflicts with another current decision on this unit',
  'cli-logGone_one': '  ↳ {{count}} source no longer exists: {{ids}}',
  'cli-logGone_other': '  ↳ {{count}} sources no longer exist: {{ids}}',
  'cli-logReplaced': '  ↳ replaced by {{id}}',
  'cli-logSaved_one': 'Wrote {{count}} decision to {{file}}',
  'cli-logSaved_other': 'Wrote {{count}} decisions to {{file}}',
  'cli-noReason': '(no reason)',
  'kind-merged': 'merged',
  'kind-take': 'take',
  'kind-take-edited': 'take edited',
  'kind-new': 'new',
  'kind-reject-all': 'reject all',
  'kind-link-take': 'take link',
  'kind-link-reject': 'reject link',
} as const;
