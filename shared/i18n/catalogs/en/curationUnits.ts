// Curation of units (curationUnits): the source of the typed keys; the Russian catalog has the same keys.
export const curationUnits = {
  title: 'curationUnits',
  // Undo steps.
  mergeAgreeing_one: 'Merge what agrees ({{count}} unit)',
  mergeAgreeing_other: 'Merge what agrees ({{count}} units)',
  take: 'Take the version of {{coder}}',
  takeEdited: 'Take and edit the version of {{coder}}',
  new: 'Make a new version',
  rejectAll: 'Reject all',
  'status-not-started_one': 'Mark curation not started',
  'status-not-started_other': 'Mark curation not started on {{count}} documents',
  'status-in-progress_one': 'Mark curation in progress',
  'status-in-progress_other': 'Mark curation in progress on {{count}} documents',
  'status-done_one': 'Mark curation done',
  'status-done_other': 'Mark curation done on {{count}} documents',
  // Refusals.
  'error-noReason': 'Give a reason for the decision: a few words of your own or a quick reason.',
  'error-versionSpan': 'The curated version cannot be characters {{start}}–{{end}}: $t({{reason}}).',
  'error-noVersionOf': '{{coder}} has no version in this unit.',
  'error-emptyUnit': 'The unit has no version to decide on.',
  'error-membersCount': 'The unit names {{members}} versions for {{coders}} coders: one per coder is needed.',
  'error-unitChanged':
    'The unit changed since it was shown (a version was edited, moved or deleted). Look at it again, then decide.',
  'error-curatedNotCoder':
    'The curated layer is the result of curation, not a coder to curate: leave it out of the coders compared.',
  'error-fieldNotFrom':
    'The $t({{field}}) is said to come from {{coder}}’s version, but the version sent has another one: take the field from {{coder}} again, or leave it as your own edit.',
  // Field names, for the refusals above.
  'field-span': 'span',
  'field-tag': 'tag',
  'field-actor': 'actor',
  'field-speaker': 'speaker',
  'field-addressee': 'addressee',
  'field-stance': 'stance',
  'field-date': 'statement date',
  'field-concept': 'concept',
  'field-memo': 'memo',
} as const;
