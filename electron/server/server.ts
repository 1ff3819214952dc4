/**
 * `npm run serve -- [--project DIR] [--port N] [--new-token] [--coder NAME] [--config DIR] [--sample] [--lang en|ru]`
 *
 * Runs Glossator's core behind the loopback HTTP server and serves the
 * renderer to a browser: the way in without the Electron runtime, and how
 * the end-to-end tests drive the app. The address (port and token) is
 * remembered per project, so a bookmarked tab keeps working: see
 * remembered-address.ts. It speaks the user's language (cli-language.ts):
 * --lang, else the one chosen in Settings, else the environment's.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createDispatch, createHandlers, defaultConfigDir, defaultProjectDir, sessionForShell } from '../core/index.ts';
import { ApiError } from '../../shared/ipc/errors.ts';
import { translator, type Translate } from '../../shared/i18n/i18n.ts';
import { fallbackLanguage, isLanguage, type Language } from '../../shared/i18n/languages.ts';
import { message } from '../../shared/i18n/message.ts';
import { cliLanguage, environmentLanguage, wordError } from './cli-language.ts';
import { type LoopbackServer, startLoopbackServer } from './loopback-server.ts';
import { startAtRememberedAddress } from './remembered-address.ts';
import { downloadShell } from '../core/files/download-shell.ts';

const options = {
  project: { type: 'string' },
  port: { type: 'string' },
  'new-token': { type: 'boolean', default: false },
  coder: { type: 'string' },
  config: { type: 'string' },
  sample: { type: 'boolean', default: false },
  'static-root': { type: 'string' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** The translator of this run, chosen before anything else is said (English until then). */
let t: Translate = translator(fallbackLanguage);

async function main(): Promise<void> {
  // The language first, from a lenient reading, so that even a mistyped option is told in it.
  const lenient = parseArgs({ options, strict: false, allowPositionals: true }).values;
  const given = typeof lenient.lang === 'string' && isLanguage(lenient.lang) ? lenient.lang : null;
  const configDir = resolve(typeof lenient.config === 'string' ? lenient.config : defaultConfigDir());
  const language: Language = cliLanguage(given, configDir);
  t = translator(language);
  if (typeof lenient.lang === 'string' && !given) {
    throw new ApiError('invalid-input', message('cli:badLanguage', { text: lenient.lang }));
  }
  const { values } = parseCommandLine();
  if (values.help) {
    console.log(t('cli:help', { config: defaultConfigDir() }));
    return;
  }
  const port = values.port === undefined ? undefined : parsePort(values.port);
  const projectDir = resolve(values.project ?? defaultProjectDir(configDir));
  const started = performance.now();
  // A new project's content is worded in the language chosen in Settings, else this one (--lang or the system's).
  const session = await sessionForShell(configDir, values.coder, given ?? environmentLanguage());
  // The default project gets the sample texts on first run; a named new folder does only with --sample.
  await session.open(projectDir, { withSample: values.sample || values.project === undefined });
  const openMs = performance.now() - started;

  const here = dirname(fileURLToPath(import.meta.url));
  const staticRoot = resolve(values['static-root'] ?? join(here, '..', 'renderer'));
  const dispatch = createDispatch(createHandlers(session));
  // A browser saves by downloading what the core wrote, and opens by uploading.
  session.files.setShell(downloadShell(session.files));
  let server: LoopbackServer;
  try {
    server = await startAtRememberedAddress({
      configDir,
      projectDir,
      port,
      newToken: values['new-token'],
      start: (port, token) => startLoopbackServer({ dispatch, staticRoot, token, port, files: session.files }),
      log: (said) => console.log(wordError(t, { text: said })),
    });
  } catch (error) {
    await session.close(); // frees the project's lock before the process ends
    throw error;
  }

  const info = session.store.info();
  console.log(t('cli:serving', { name: info.name, count: info.documentCount, path: info.path }));
  console.log(t('cli:openedIn', { ms: openMs.toFixed(0) }));
  for (const p of info.problems) console.log(t('cli:problem', { problem: wordProblem(p) }));
  console.log(t('cli:openAddress', { url: server.url }));

  let closing = false;
  const shutdown = async () => {
    if (closing) return;
    closing = true;
    await server.close();
    await session.close();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

/** The command line, strictly: an unknown option, a missing value or a stray word is told plainly. */
function parseCommandLine() {
  try {
    return parseArgs({ options, strict: true });
  } catch (error) {
    const { code, message: text } = error as NodeJS.ErrnoException;
    const option = /'(-{1,2}[^\s']+)/.exec(text)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      throw new ApiError('invalid-input', message('cli:unknownOption', { option }));
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      throw new ApiError('invalid-input', message('cli:missingValue', { option }));
    }
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
      const word = /'([^']*)'/.exec(text)?.[1] ?? '';
      throw new ApiError('invalid-input', message('cli:unexpectedArgument', { text: word }));
    }
    throw error;
  }
}

/** A problem the open found, in the CLI's language when it carries a Message (`text`, as an ApiError does). */
function wordProblem(problem: { message: string }): string {
  return wordError(t, problem);
}

/** `--port N`: 0 (any free port) to 65535; anything else is refused before the project is opened. */
function parsePort(text: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535) {
    throw new ApiError('invalid-input', message('errors:badPort', { text }));
  }
  return port;
}

main().catch((error) => {
  // A port given with --port that is taken is the user's to fix: the message says it, a stack would not.
  const plain = error instanceof ApiError || (error as NodeJS.ErrnoException)?.code === 'EADDRINUSE';
  const reason = plain ? wordError(t, error) : ((error as Error)?.stack ?? String(error));
  console.error(t('cli:couldNotStart', { reason }));
  process.exit(1);
});
