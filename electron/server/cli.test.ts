import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../core/testing/temp-dir.ts';
import { environmentLanguage } from './cli-language.ts';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
});
afterAll(async () => {
  await cleanup();
});

/** Runs `npm run serve -- …` from the sources (through tsx), in an environment of the given LANG. */
function serve(args: string[], lang = 'C.UTF-8') {
  const server = join(import.meta.dirname, 'server.ts');
  const env = { ...process.env, LANG: lang, LC_ALL: '', LC_MESSAGES: '' };
  const run = spawnSync(process.execPath, ['--import', 'tsx', server, '--config', join(dir, 'config'), ...args], {
    encoding: 'utf8',
    env,
    timeout: 30_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('the command line in the user’s language', () => {
  it('prints --help in Russian with --lang ru, and in English by default', () => {
    const ru = serve(['--lang', 'ru', '--help']);
    expect(ru.status).toBe(0);
    expect(ru.stdout).toContain('Использование: npm run serve -- [параметры]');
    expect(ru.stdout).toContain('--lang en|ru         язык этих сообщений');
    const en = serve(['--help']);
    expect(en.stdout).toContain('Usage: npm run serve -- [options]');
    // --help leaves no settings behind.
    expect(existsSync(join(dir, 'config', 'settings.json'))).toBe(false);
  }, 60_000);

  it('tells an error in Russian with --lang ru or a Russian LANG, and in English as before otherwise', () => {
    const ru = serve(['--lang', 'ru', '--port', 'abc']);
    expect(ru.status).toBe(1);
    expect(ru.stderr.trim()).toBe('Не удалось запустить Glossator: --port — это число от 0 до 65535, а не «abc».');
    expect(serve(['--bogus'], 'ru_RU.UTF-8').stderr).toContain('Параметра --bogus нет.');
    const en = serve(['--port', 'abc']);
    expect(en.stderr.trim()).toBe('Glossator could not start: --port must be a number from 0 to 65535, not “abc”.');
    expect(serve(['--lang', 'en', '--port', '70000'], 'ru_RU.UTF-8').stderr).toContain('Glossator could not start');
  }, 60_000);

  it('finds the language of the environment as POSIX tools do', () => {
    expect(environmentLanguage({ LANG: 'ru_RU.UTF-8' })).toBe('ru');
    expect(environmentLanguage({ LC_ALL: 'en_US.UTF-8', LANG: 'ru_RU.UTF-8' })).toBe('en');
    expect(environmentLanguage({ LC_MESSAGES: 'ru_KZ', LANG: 'en_GB' })).toBe('ru');
    expect(environmentLanguage({ LANG: 'C' })).toBe('en');
    expect(environmentLanguage({})).toBe('en');
  });
});
