// Team sync through git (issue 19): for now the keeping of git credentials (electron/core/sync/credentials). The
// source of the typed keys; the Russian catalog has the same keys.
export const sync = {
  // CredentialError codes (credential-error.ts), as `credentials-<code>`.
  'credentials-url-has-credentials':
    'The address of the remote on {{host}} has a user name or token in it. Give the address without them: Glossator asks for the token itself and keeps it encrypted, never in the project.',
  'credentials-bad-url':
    'This is not an address Glossator can sync with: give the https:// address of the repository, without a “?” or “#” part. A shared folder is no git remote: exchange bundles through it instead.',
  'credentials-cipher-unavailable':
    'This computer offers no safe place to keep the token ({{reason}}), so it is not saved: you will be asked for it at each sync.',
  'credentials-vault-damaged':
    'The saved git tokens could not be read, so they were set aside as {{setAside}}: you will be asked for them again.',
  'credentials-vault-unreadable':
    'The saved git tokens could not be read ({{reason}}): you will be asked for the token.',
  'credentials-vault-write-failed': 'The git token could not be saved ({{reason}}): you will be asked for it again.',

  // The reasons of credentials-cipher-unavailable.
  'reason-no-keyring': 'no keyring such as GNOME Keyring or KWallet is running',
  'reason-no-encryption': 'the system’s encryption is not available',
  'reason-encrypt-failed': 'the system refused to encrypt it',
  'reason-unavailable': 'encryption is not available',

  // The command line's non-interactive source.
  'credentials-env-hint':
    'To sync without being asked, set GLOSSATOR_GIT_USER and GLOSSATOR_GIT_TOKEN (a personal access token) in the environment.',

  // GitSyncError codes (git-error.ts), as `error-<code>`; the core sends the code and its params.
  'error-auth-required': 'The shared repository asks for a user name and an access token.',
  'error-auth-refused':
    'The shared repository refused the user name and token. Check them (the token needs read and write access to the repository) and try again.',
  'error-not-a-repository':
    'No git repository answers at this address. Check it: on GitLab or Gitea it is the “Clone with HTTPS” address.',
  'error-offline':
    'The shared repository cannot be reached ({{reason}}): you seem to be offline, or the server is down. Your changes are saved here; sync again when you are online.',
  'error-bad-url':
    'This is not an address Glossator can sync with: give the https:// address of the repository. A shared folder is no git remote: exchange bundles through it instead.',
  'error-unsafe-tree':
    'The shared project holds “{{path}}”, which Glossator does not put in a project folder ($t(sync:unsafe-{{reason}})). Nothing was changed here.',
  'unsafe-symlink': 'a symbolic link',
  'unsafe-submodule': 'a submodule',
  'unsafe-bad-name': 'a name that leads out of the folder',
  'unsafe-outside-layout': 'not a file of a Glossator project',
  'error-remote-error':
    'The shared repository answered with an error (HTTP {{status}}). Nothing was changed here; try again later.',
  'error-no-remote':
    'This project is not connected to a shared repository yet: connect it first (Sync, then Connect; on the command line, sync --remote URL).',
  'error-not-a-project':
    'That repository holds no Glossator project, or another project than this one. Nothing was changed here.',
  'error-huge-file':
    'The shared project holds “{{path}}” of {{bytes}} bytes, more than a project file may have. Nothing was changed here.',
  'error-unreadable-file':
    'The shared project’s file “{{path}}” is not one Glossator can read ($t(sync:merge-{{reason}})). Nothing was changed here.',
  'merge-not-project-file': 'not a file of a Glossator project',
  'merge-not-json': 'it is not JSON',
  'merge-not-store-format': 'it is not shaped like a project file',
  'merge-duplicate-id': 'two records in it have one id',
  'merge-newer-format': 'a newer Glossator wrote it: update this one',
  'merge-invalid-result': 'merged with ours it would break a limit of the project',
  'error-remote-busy':
    'Colleagues kept syncing while this sync ran ({{rounds}} tries). Your changes are committed here; sync again in a moment.',
  'error-push-refused':
    'The shared repository refused your changes: “{{reason}}”. They are committed here and stay; ask the repository’s owner (a protected branch, or your right to push), then sync again.',
  'error-folder-not-empty': 'The folder {{dir}} already holds files: clone into a new or empty folder.',
  'error-no-conflict': 'That conflict is no longer open.',
  'error-failed': 'The sync stopped ({{reason}}). Every saved change is still here; the next sync takes it up.',

  // The undo step of choosing versions in the conflicts dialog.
  'history-resolveConflicts_one': 'Take a colleague’s version of {{count}} record',
  'history-resolveConflicts_other': 'Take a colleague’s version of {{count}} records',

  // The Sync button and panel.
  'button-notConnected': 'Not shared',
  'button-upToDate': 'Up to date',
  'button-local_one': '{{count}} local change',
  'button-local_other': '{{count}} local changes',
  'button-localUnknown': 'Local changes',
  'button-behind': 'Behind',
  'button-offline': 'Offline',
  'button-syncing': 'Syncing…',
  'button-failed': 'Sync failed',
  'button-conflicts_one': '{{count}} conflict',
  'button-conflicts_other': '{{count}} conflicts',
  'button-title': 'Team sync: {{state}}',
  'panel-title': 'Team sync',
  'panel-notConnected':
    'This project is on this computer only. Connect it to a git repository your team shares (GitLab, Gitea, GitHub): Glossator publishes it there, and colleagues clone it.',
  'panel-urlLabel': 'Address of the shared repository',
  'panel-urlPlaceholder': 'https://gitlab.example.org/team/project.git',
  'panel-connect': 'Connect and publish',
  'panel-remote': 'Shared with {{remote}}',
  'panel-syncNow': 'Sync now',
  'panel-timer': 'Sync automatically every {{minutes}} minutes',
  'panel-lastOk': 'Last sync: {{when}}',
  'panel-lastFailed': 'Last sync failed at {{when}}',
  'panel-openConflicts': 'Resolve conflicts…',
  'panel-history': 'History…',
  'panel-close': 'Close',
  'panel-cloneHeading': 'Or clone a shared project',
  'panel-cloneTitle': 'Clone a shared project',
  'panel-cloneHint':
    'A colleague has published the project: Glossator copies it into a new folder on this computer and opens it there. The project open now stays as it is.',
  'panel-cloneUrlLabel': 'Address of the project to clone',
  'panel-cloneFolderLabel': 'New folder for it on this computer',
  'panel-cloneSubmit': 'Clone and open',
  'panel-cloning': 'Cloning…',
  'report-nothing': 'Synced: nothing new on either side.',
  'report-pushed': 'Synced: your changes are shared.',
  'report-brought_one': 'Synced: {{count}} file brought in from colleagues.',
  'report-brought_other': 'Synced: {{count}} files brought in from colleagues.',
  'report-documents_one': '{{count}} new document.',
  'report-documents_other': '{{count}} new documents.',
  'report-conflicts_one': '{{count}} conflict to resolve.',
  'report-conflicts_other': '{{count}} conflicts to resolve.',
  'report-forgotten_one': '{{count}} undo step would have overwritten a colleague’s change and was dropped.',
  'report-forgotten_other': '{{count}} undo steps would have overwritten a colleague’s change and were dropped.',

  // Asking for credentials.
  'credentials-title': 'Sign in to the shared repository',
  'credentials-user': 'User name',
  'credentials-token': 'Access token',
  'credentials-hint':
    'On GitLab or Gitea: your settings, Access tokens, with read and write access to the repository. Glossator keeps it encrypted by the system, never in the project folder.',
  'credentials-submit': 'Sign in and sync',
  'credentials-submitClone': 'Sign in and clone',

  // The conflicts dialog.
  'conflicts-title': 'Sync conflicts',
  'conflicts-intro':
    'A colleague changed these records differently from you. The project keeps your version until you choose; the choice is one undo step, shared at the next sync.',
  'conflicts-none': 'No conflicts are open.',
  'conflicts-ours': 'Your version',
  'conflicts-theirs': 'Colleague’s version',
  'conflicts-absent': '(deleted)',
  'conflicts-keepOurs': 'Keep mine',
  'conflicts-takeTheirs': 'Take theirs',
  'conflicts-kept': 'In the project now — a colleague’s choice',
  'conflicts-yoursReplaced': 'Your version, which it replaced',
  'conflicts-leaveKept': 'Leave it so',
  'conflicts-putMineBack': 'Put mine back',
  'conflicts-apply': 'Apply',
  'conflicts-cancel': 'Close',
  'conflicts-in': 'in {{path}}',
  'kind-actors': 'Actor',
  'kind-tags': 'Tag',
  'kind-concepts': 'Concept',
  'kind-linkTypes': 'Link type',
  'kind-field': 'Field',
  'kind-file': 'File',
  'kind-other': 'Record',
  // A record's fields in the conflicts dialog (any other field is shown by its own name).
  'field-name': 'Name',
  'field-type': 'Type',
  'field-aliases': 'Aliases',
  'field-notes': 'Notes',
  'field-note': 'Note',
  'field-description': 'Description',
  'field-color': 'Colour',
  'field-parent': 'Parent',
  'field-shortcut': 'Key',
  'field-affiliations': 'Affiliations',
  'field-created': 'Created',
  'field-modified': 'Changed',

  // The History view.
  'history-title': 'History',
  'history-notConnected': 'The history begins once the project is shared: connect it in Team sync.',
  'history-empty': 'No syncs yet.',
  'history-when': 'When',
  'history-who': 'Who',
  'history-what': 'What changed',
  'history-kind-merge': 'merged colleagues’ changes',
  'history-kind-publish': 'published the project',
  'history-kind-other': 'a commit made outside Glossator',
  'history-documentsAdded_one': '{{count}} document added',
  'history-documentsAdded_other': '{{count}} documents added',
  'history-documentsRemoved_one': '{{count}} document removed',
  'history-documentsRemoved_other': '{{count}} documents removed',
  'history-annotations': '{{name}}: +{{added}} ~{{changed}} −{{removed}} annotations',
  'history-shared': 'shared records: {{files}}',
  'history-nothing': 'no change to records',
  'history-intro': 'Each sync of the shared project, newest first: who synced, when, and what it brought.',
  'history-reading': 'Reading the history…',
  'history-failed': 'The history could not be read: {{reason}}',
  'history-more': 'Show older syncs',
  'history-count_one': '{{count}} sync shown',
  'history-count_other': '{{count}} syncs shown',
  // The shared files a sync changed, in words (any other file is shown by its path).
  'history-file-project': 'codebook and project settings',
  'history-file-actors': 'actors',
  'history-file-linkTypes': 'link types',
  'history-file-links': 'links of {{name}}',
  'history-file-concepts': 'concepts',
  'history-file-tagMappings': 'tag mappings',
  'history-file-quickReasons': 'quick reasons',
  'history-file-curation_one': 'curation of {{count}} document',
  'history-file-curation_other': 'curation of {{count}} documents',

  // Per annotation: who changed it, when.
  'annotation-history': 'Changes from the history',
  'annotation-notSynced': 'Not in the shared history yet.',
  'annotation-added': 'added by {{name}}, {{when}}',
  'annotation-changed': 'changed by {{name}}, {{when}}',
  'annotation-removed': 'removed by {{name}}, {{when}}',
  'annotation-reading': 'Reading the history…',
  'annotation-failed': 'The history could not be read: {{reason}}',

  // The command line.
  'cli-cloned': 'Cloned {{url}} into {{dir}}.',
  'cli-connected': 'Connected the project to {{remote}}.',
  'cli-synced': 'Synced with {{remote}}.',
  'cli-conflictsHint': 'Open the project in Glossator to choose between the versions (Team sync, Resolve conflicts).',
};
