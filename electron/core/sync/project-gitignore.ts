/**
 * The `.gitignore` a synced project carries: what the store writes beside its records but must never travel,
 * because it describes one machine's moment, not the project (cf. isDataFile in store/project-layout.ts):
 * - glossator.lock: present while a Glossator has the folder open; a colleague's would lock ours;
 * - glossator.journal.json: present only while a change of several files is being made (crash recovery here);
 * - .tmp/: new contents before they are renamed into place;
 * - *.damaged-*: files the store set aside as unreadable, kept for the user to look at, not to share;
 * - documents/.new-*: a new document being written, renamed into place in one step once whole;
 * - .backups/, .history/, .cache/: this machine's backups, undo history, open catalogue and search index.
 * Sync stages only the files the store says changed, so this is a second guard, and what a user's own `git`
 * command line sees in the folder.
 */
export const projectGitignore = [
  '# Written by Glossator: what stays on this machine.',
  '/glossator.lock',
  '/glossator.journal.json',
  '/.tmp/',
  '*.damaged-*',
  '/documents/.new-*/',
  '/.backups/',
  '/.history/',
  '/.cache/',
  '',
].join('\n');

export const gitignoreFile = '.gitignore';
