/**
 * `npm run serve -- [--project DIR] [--port N] [--coder NAME] [--config DIR] [--sample]`
 *
 * Runs Glossator's core behind the loopback HTTP server and serves the
 * renderer to a browser: the way in without the Electron runtime, and how
 * the end-to-end tests drive the app.
 */
import { randomBytes } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  createDispatch,
  createHandlers,
  defaultConfigDir,
  defaultProjectDir,
  loadCoder,
  ProjectSession,
} from '../core/index.ts';
import { ApiError } from '../../shared/ipc/errors.ts';
import { startLoopbackServer } from './loopback-server.ts';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      project: { type: 'string' },
      port: { type: 'string', default: '0' },
      coder: { type: 'string' },
      config: { type: 'string' },
      sample: { type: 'boolean', default: false },
      'static-root': { type: 'string' },
    },
    strict: true,
  });
  const configDir = resolve(values.config ?? defaultConfigDir());
  const projectDir = resolve(values.project ?? defaultProjectDir(configDir));
  const started = performance.now();
  const coder = await loadCoder(configDir, values.coder);
  const session = new ProjectSession(coder);
  // The default project gets the sample texts on first run; a named new folder does only with --sample.
  await session.open(projectDir, { withSample: values.sample || values.project === undefined });
  const openMs = performance.now() - started;

  const here = dirname(fileURLToPath(import.meta.url));
  const staticRoot = resolve(values['static-root'] ?? join(here, '..', 'renderer'));
  const token = randomBytes(24).toString('base64url');
  const dispatch = createDispatch(createHandlers(session));
  const server = await startLoopbackServer({ dispatch, staticRoot, token, port: Number(values.port) });

  const info = session.store.info();
  console.log(`Glossator is serving project “${info.name}” (${info.documentCount} documents) from ${info.path}`);
  console.log(`Project opened in ${openMs.toFixed(0)} ms`);
  for (const p of info.problems) console.log(`Problem: ${p.message}`);
  console.log(`Open this address in your browser (it holds this run's access token):\n${server.url}`);

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

main().catch((error) => {
  const message = error instanceof ApiError ? error.message : ((error as Error)?.stack ?? String(error));
  console.error(`Glossator could not start: ${message}`);
  process.exit(1);
});
