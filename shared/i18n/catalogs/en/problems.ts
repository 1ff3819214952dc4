/**
 * English: what the store says when a project opens — files it could not use
 * and what it did about them, what it repaired after a crash. Keys are the
 * contract between code and catalogs (see catalogs.test.ts).
 */
export const problems = {
  // A file the open could not use: what is wrong with it (`what`), then what was done about it (`kept`).
  problem: '$t(problems:what-{{what}}) $t(problems:kept-{{kept}})',
  missing: '{{file}} is missing.',
  // Could not be read: the system's error code (EACCES, EISDIR, EIO…) is shown as it is.
  'what-denied': '{{file}} could not be read ({{code}}).',
  'what-folder': '{{file}} could not be read ({{code}}).',
  'what-notFile': '{{file}} could not be read (not a plain file).',
  'what-unreadable': '{{file}} could not be read ({{code}}).',
  'what-empty': '{{file}} was empty.',
  'what-invalidJson': '{{file}} is not valid JSON: it may have been cut off or edited by hand.',
  // `why` is the schema check's own (English) wording of what is wrong, and where.
  'what-wrongShape': '{{file}} does not have the expected contents ({{why}}).',
  'what-namesDocument': '{{file}} does not have the expected contents (it names document {{named}}, not {{expected}}).',
  'what-otherDocument':
    '{{file}} does not have the expected contents (it belongs to document {{named}}, not {{expected}}).',
  'what-annotationOfDocument':
    '{{file}} does not have the expected contents (annotation {{annotation}} belongs to document {{named}}).',
  'what-annotationOfCoder':
    '{{file}} does not have the expected contents (annotation {{annotation}} belongs to coder {{named}}).',
  'what-layerOfCoder':
    '{{file}} does not have the expected contents (it holds the layer of coder {{named}}, but its name says {{expected}}).',
  'what-recordOfCoder':
    '{{file}} does not have the expected contents (a record of coder {{named}} is in the layer of {{expected}}).',
  'kept-setAside': 'It was kept as {{setAsideAs}} and nothing was overwritten.',
  'kept-leftInPlace':
    'It was left in place and is not written until the problem is fixed and the project is opened again: what it holds cannot be changed until then.',
  // A document's text, read when the document is opened.
  textMissing: '{{file}} is missing: the text of this document cannot be shown.',
  textNewer:
    '{{file}} was saved by a newer version of Glossator (format {{version}}); update Glossator to read it. It is not changed.',
  'text-denied': '{{file}} could not be read ({{code}}). It was left in place and is not changed.',
  'text-folder': '{{file}} could not be read ({{code}}). It was left in place and is not changed.',
  'text-notFile': '{{file}} could not be read (not a plain file). It was left in place and is not changed.',
  'text-unreadable': '{{file}} could not be read ({{code}}). It was left in place and is not changed.',
  'text-empty': '{{file}} could not be read (empty). It was left in place and is not changed.',
  'text-invalidJson': '{{file}} could not be read (invalid-json). It was left in place and is not changed.',
  'text-wrongShape': '{{file}} could not be read (wrong-shape). It was left in place and is not changed.',
  // What the open repaired after a crash.
  completed_one: 'A change that was being saved when Glossator last stopped was completed ({{count}} file).',
  completed_other: 'A change that was being saved when Glossator last stopped was completed ({{count}} files).',
  // `changed`: the files, by name, comma-separated.
  completedChanged_one:
    'A change that was being saved when Glossator last stopped was completed ({{count}} file). These files were changed by something else meanwhile and hold what that left: {{changed}}.',
  completedChanged_other:
    'A change that was being saved when Glossator last stopped was completed ({{count}} files). These files were changed by something else meanwhile and hold what that left: {{changed}}.',
  'discarded-notJson':
    'A change that had not finished saving when Glossator last stopped was discarded (not valid JSON); the project is as it was before it.',
  'discarded-notJournal':
    'A change that had not finished saving when Glossator last stopped was discarded (not a journal of this Glossator); the project is as it was before it.',
  'discarded-outside':
    'A change that had not finished saving when Glossator last stopped was discarded (it names a file outside the project ({{file}})); the project is as it was before it.',
  removedTemp_one: '{{count}} unfinished file left by an interrupted save was removed; no saved work was in it.',
  removedTemp_other: '{{count}} unfinished files left by an interrupted save were removed; no saved work was in them.',
} satisfies Record<string, string>;
