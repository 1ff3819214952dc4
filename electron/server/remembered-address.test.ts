import { chmod, mkdir, stat, writeFile } from 'node:fs/promises';
import { type AddressInfo, createServer } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { translator } from '../../shared/i18n/i18n.ts';
import { tempDir } from '../core/testing/temp-dir.ts';
import { wordError } from './cli-language.ts';
import { startLoopbackServer } from './loopback-server.ts';
import {
  addressFile,
  freshToken,
  loadAddress,
  saveAddress,
  type StartOptions,
  startAtRememberedAddress,
} from './remembered-address.ts';

/** What the CLI prints, in English. */
const english = translator('en');

let dir: string;
let cleanup: () => Promise<void>;
let configDir: string;
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
  configDir = join(dir, 'config');
});
afterEach(() => cleanup());

describe('the address store', () => {
  it('keeps one address per project, by resolved path, in a file only the user can read', async () => {
    const a = { port: 40001, token: freshToken() };
    const b = { port: 40002, token: freshToken() };
    await saveAddress(configDir, join(dir, 'a'), a);
    await saveAddress(configDir, join(dir, 'b'), b);
    expect((await loadAddress(configDir, `${dir}/x/../a/`)).address).toEqual(a);
    expect((await loadAddress(configDir, join(dir, 'b'))).address).toEqual(b);
    expect((await loadAddress(configDir, join(dir, 'c'))).address).toBeNull();
    expect((await stat(addressFile(configDir))).mode & 0o777).toBe(0o600);
    expect((await stat(join(configDir, 'serve'))).mode & 0o777).toBe(0o700);
  });

  it('makes random URL-safe tokens of at least 128 bits', () => {
    const tokens = new Set(Array.from({ length: 100 }, freshToken));
    expect(tokens.size).toBe(100);
    for (const t of tokens) expect(t).toMatch(/^[A-Za-z0-9_-]{22,}$/);
  });

  it.each([
    ['not JSON', '{"schemaVersion": 1, "proj'],
    ['a short token', JSON.stringify({ schemaVersion: 1, projects: { '/p': { port: 1, token: 'abc' } } })],
    ['a bad port', JSON.stringify({ schemaVersion: 1, projects: { '/p': { port: 70000, token: freshToken() } } })],
  ])('starts afresh from a damaged file (%s), saying so', async (_, text) => {
    await mkdir(join(configDir, 'serve'), { recursive: true });
    await writeFile(addressFile(configDir), text);
    const loaded = await loadAddress(configDir, '/p');
    expect(loaded.address).toBeNull();
    expect(wordError(english, { text: loaded.warning })).toMatch(/damaged/);
    const address = { port: 40003, token: freshToken() };
    await saveAddress(configDir, '/p', address);
    expect(await loadAddress(configDir, '/p')).toEqual({ address });
  });

  it('makes a copy restored with a wider mode private again', async () => {
    await saveAddress(configDir, '/p', { port: 40004, token: freshToken() });
    await chmod(addressFile(configDir), 0o644);
    await loadAddress(configDir, '/p');
    expect((await stat(addressFile(configDir))).mode & 0o777).toBe(0o600);
  });
});

describe('starting at the remembered address', () => {
  const projectDir = () => join(dir, 'project');
  const logs: string[] = [];
  const start = (extra: Partial<StartOptions> = {}) =>
    startAtRememberedAddress({
      configDir,
      projectDir: projectDir(),
      start: (port, token) =>
        startLoopbackServer({ dispatch: async () => ({ ok: true, value: null }), staticRoot: dir, token, port }),
      log: (m) => logs.push(wordError(english, { text: m })),
      ...extra,
    });
  const tokenOf = (url: string) => /#token=(.+)$/.exec(url)?.[1];
  beforeEach(() => void logs.splice(0));

  it('comes back on the same port with the same token', async () => {
    const first = await start();
    await first.close();
    const second = await start();
    await second.close();
    expect(second.port).toBe(first.port);
    expect(second.url).toBe(first.url);
    expect(logs).toEqual([]);
  });

  it('moves to a free port, keeping the token and saying so, when the remembered one is taken', async () => {
    const first = await start();
    await first.close();
    const squatter = createServer();
    await new Promise<void>((r) => squatter.listen(first.port, '127.0.0.1', r));
    try {
      const second = await start();
      await second.close();
      expect(second.port).not.toBe(first.port);
      expect(tokenOf(second.url)).toBe(tokenOf(first.url));
      expect(logs.join('\n')).toContain(`Port ${first.port}`);
      // The new port is the one remembered now.
      expect((await loadAddress(configDir, projectDir())).address?.port).toBe(second.port);
    } finally {
      await new Promise((r) => squatter.close(r));
    }
  });

  it('makes and remembers a fresh token with --new-token, on the same port', async () => {
    const first = await start();
    await first.close();
    const second = await start({ newToken: true });
    await second.close();
    expect(second.port).toBe(first.port);
    expect(tokenOf(second.url)).not.toBe(tokenOf(first.url));
    expect((await loadAddress(configDir, projectDir())).address?.token).toBe(tokenOf(second.url));
  });

  it('lets --port win and remembers it; a taken --port is an error', async () => {
    const first = await start();
    await first.close();
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    const port = (probe.address() as AddressInfo).port;
    await new Promise((r) => probe.close(r));
    const other = await start({ port });
    await other.close();
    const again = await start();
    await again.close();
    expect(other.port).toBe(port);
    expect(again.port).toBe(port);
    expect(tokenOf(again.url)).toBe(tokenOf(first.url));
    const squatter = createServer();
    await new Promise<void>((r) => squatter.listen(again.port, '127.0.0.1', r));
    try {
      await expect(start({ port: again.port })).rejects.toMatchObject({ code: 'EADDRINUSE' });
    } finally {
      await new Promise((r) => squatter.close(r));
    }
  });

  it('still starts when the address cannot be remembered', async () => {
    await writeFile(configDir, 'a file where the folder should be');
    const server = await start();
    await server.close();
    expect(logs.join('\n')).toMatch(/Could not remember/);
  });
});
