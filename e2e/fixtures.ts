import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron, type ElectronApplication, type Page, test as base } from '@playwright/test';

export interface AppOptions {
  /** Which shell runs the renderer: the loopback server in Chromium, or Electron. */
  shell: 'browser' | 'electron';
  /** The name given with --coder; null starts as a new user would, without one (the app then asks). */
  coderName: string | null;
}

export interface GlossatorApp {
  page: Page;
  projectDir: string;
  /**
   * Stops the app process and starts it again on the same project (after
   * `whileStopped`, which may change the project's files); returns the new page.
   */
  restart: (whileStopped?: () => Promise<void> | void) => Promise<Page>;
}

const root = resolve(import.meta.dirname, '..');
const serverEntry = join(root, 'out', 'main', 'server.js');
const mainEntry = join(root, 'out', 'main', 'index.js');

/** The Electron binary if one is installed, found without requiring `electron` (which would try to download it). */
export function electronBinary(): string | null {
  const pathFile = join(root, 'node_modules', 'electron', 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(root, 'node_modules', 'electron', 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

/** Starts `node out/main/server.js` on a project and resolves with the URL it prints (a second project in one test uses it too). */
export function startServer(
  projectDir: string,
  configDir: string,
  coder: string[],
  env: NodeJS.ProcessEnv,
  { sample = true }: { sample?: boolean } = {},
): Promise<{ url: string; proc: ChildProcess }> {
  return new Promise((resolvePromise, reject) => {
    const proc = spawn(
      process.execPath,
      [serverEntry, '--project', projectDir, '--config', configDir, ...coder, ...(sample ? ['--sample'] : [])],
      { stdio: ['ignore', 'pipe', 'pipe'], env },
    );
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+/.exec(output)?.[0];
      if (url) resolvePromise({ url, proc });
    };
    proc.stdout?.on('data', onData);
    proc.stderr?.on('data', onData);
    proc.on('exit', (code) => reject(new Error(`The server exited (${code}) before it was ready:\n${output}`)));
  });
}

export function stopServer(proc: ChildProcess): Promise<void> {
  return new Promise((resolvePromise) => {
    if (proc.exitCode !== null) return resolvePromise();
    proc.once('exit', () => resolvePromise());
    proc.kill('SIGTERM');
  });
}

/**
 * `app`: Glossator on a fresh temporary project (with the sample texts),
 * through the chosen shell. Fails the test on any page error or CSP violation.
 */
export const test = base.extend<AppOptions & { app: GlossatorApp }>({
  shell: ['browser', { option: true }],
  coderName: ['E2E Coder', { option: true }],
  app: async ({ shell, coderName, page: browserPage, locale }, use, testInfo) => {
    const coder = coderName === null ? [] : ['--coder', coderName];
    // A test run in Russian (test.use({ locale: 'ru-RU' })) gets a Russian system too: the window follows the
    // browser's language, the new project's codebook and sample texts the server's.
    const russian = locale?.toLowerCase().startsWith('ru') ?? false;
    const env = russian ? { ...process.env, LANG: 'ru_RU.UTF-8', LC_ALL: 'ru_RU.UTF-8' } : process.env;
    const projectDir = await mkdtemp(join(tmpdir(), 'glossator-e2e-project-'));
    const configDir = await mkdtemp(join(tmpdir(), 'glossator-e2e-config-'));
    const problems: string[] = [];
    const watch = (page: Page) => {
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(`CSP: ${message.text()}`);
      });
      return page;
    };

    let stop: () => Promise<void> = async () => {};
    let launch: () => Promise<Page>;
    if (shell === 'electron') {
      const binary = electronBinary();
      testInfo.skip(
        !binary,
        'Electron binary not installed (install without ELECTRON_SKIP_BINARY_DOWNLOAD to run the Electron project).',
      );
      launch = async () => {
        const electronApp: ElectronApplication = await _electron.launch({
          executablePath: binary as string,
          args: [
            mainEntry,
            '--project',
            projectDir,
            '--config',
            configDir,
            ...coder,
            '--sample',
            ...(russian ? ['--lang=ru'] : []),
          ],
          env: env as Record<string, string>,
        });
        stop = () => electronApp.close();
        return watch(await electronApp.firstWindow());
      };
    } else {
      watch(browserPage);
      launch = async () => {
        const { url, proc } = await startServer(projectDir, configDir, coder, env);
        stop = () => stopServer(proc);
        // The address is remembered per project, so a restart gives the same one, and going to it
        // from the app (which drops the #token from its address bar) would only change the #hash:
        // leave the page first, so that the app loads afresh, as a user's reload does.
        await browserPage.goto('about:blank');
        await browserPage.goto(url);
        return browserPage;
      };
    }

    const app: GlossatorApp = {
      page: await launch(),
      projectDir,
      restart: async (whileStopped) => {
        await stop();
        await whileStopped?.();
        app.page = await launch();
        return app.page;
      },
    };
    await use(app);
    await stop();
    await rm(projectDir, { recursive: true, force: true });
    await rm(configDir, { recursive: true, force: true });
    if (problems.length) throw new Error(`The page reported problems:\n${problems.join('\n')}`);
  },
});

export { expect } from '@playwright/test';
