/**
 * `npm run serve -- [--project DIR] [--port N] [--new-token] [--coder NAME] [--config DIR] [--sample]`
 *
 * Runs Glossator's core behind the loopback HTTP server and serves the
 * renderer to a browser: the way in without the Electron runtime, and how
 * the end-to-end tests drive the app. The address (port and token) is
 * remembered per project, so a bookmarked tab keeps working: see
 * remembered-address.ts.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createDispatch, createHandlers, defaultConfigDir, defaultProjectDir, sessionForShell } from '../core/index.ts';
import { ApiError } from '../../shared/ipc/errors.ts';
import { type LoopbackServer, startLoopbackServer } from './loopback-server.ts';
import { startAtRememberedAddress } from './remembered-address.ts';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      project: { type: 'string' },
      port: { type: 'string' },
      'new-token': { type: 'boolean', default: false },
      coder: { type: 'string' },
      config: { type: 'string' },
      sample: { type: 'boolean', default: false },
      'static-root': { type: 'string' },
    },
    strict: true,
  });
  const port = values.port === undefined ? undefined : parsePort(values.port);
  const configDir = resolve(values.config ?? defaultConfigDir());
  const projectDir = resolve(values.project ?? defaultProjectDir(configDir));
  const started = performance.now();
  const session = await sessionForShell(configDir, values.coder);
  // The default project gets the sample texts on first run; a named new folder does only with --sample.
  await session.open(projectDir, { withSample: values.sample || values.project === undefined });
  const openMs = performance.now() - started;

  const here = dirname(fileURLToPath(import.meta.url));
  const staticRoot = resolve(values['static-root'] ?? join(here, '..', 'renderer'));
  const dispatch = createDispatch(createHandlers(session));
  let server: LoopbackServer;
  try {
    server = await startAtRememberedAddress({
      configDir,
      projectDir,
      port,
      newToken: values['new-token'],
      start: (port, token) => startLoopbackServer({ dispatch, staticRoot, token, port }),
      log: (message) => console.log(message),
    });
  } catch (error) {
    await session.close(); // frees the project's lock before the process ends
    throw error;
  }

  const info = session.store.info();
  console.log(`Glossator is serving project “${info.name}” (${info.documentCount} documents) from ${info.path}`);
  console.log(`Project opened in ${openMs.toFixed(0)} ms`);
  for (const p of info.problems) console.log(`Problem: ${p.message}`);
  console.log(
    `Open this address in your browser (it holds the access token; it stays the same for this project, until --new-token):\n${server.url}`,
  );

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

/** `--port N`: 0 (any free port) to 65535; anything else is refused before the project is opened. */
function parsePort(text: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535) {
    throw new ApiError('invalid-input', `--port must be a number from 0 to 65535, not “${text}”.`);
  }
  return port;
}

main().catch((error) => {
  // A port given with --port that is taken is the user's to fix: the message says it, a stack would not.
  const plain = error instanceof ApiError || (error as NodeJS.ErrnoException)?.code === 'EADDRINUSE';
  const message = plain ? (error as Error).message : ((error as Error)?.stack ?? String(error));
  console.error(`Glossator could not start: ${message}`);
  process.exit(1);
});
