// Team sync through git (issue 19): for now the keeping of git credentials (electron/core/sync/credentials). The
// source of the typed keys; the Russian catalog has the same keys.
export const sync = {
  // CredentialError codes (credential-error.ts), as `credentials-<code>`.
  'credentials-url-has-credentials':
    'The address of the remote on {{host}} has a user name or token in it. Give the address without them: Glossator asks for the token itself and keeps it encrypted, never in the project.',
  'credentials-bad-url':
    'This is not an address Glossator can sync with: give the https:// address of the repository, without a “?” or “#” part.',
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
};
