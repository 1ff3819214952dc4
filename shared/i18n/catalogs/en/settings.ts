/** English: Settings (who you are, the language). Keys are the contract between code and catalogs (see catalogs.test.ts). */
export const settings = {
  title: 'Settings',
  welcome: 'Welcome to Glossator: who is coding?',
  yourName: 'Your name',
  nameEmpty: 'Type your name: colleagues see it beside your annotations.',
  nameHint:
    'Colleagues see this name beside your annotations when you exchange work. Each annotation keeps your own id, so you can change the name at any time.',
  save: 'Save',
  saving: 'Saving…',
  language: 'Language',
  languageNotSaved: 'The language is used now but could not be remembered: {{reason}}',
} satisfies Record<string, string>;
