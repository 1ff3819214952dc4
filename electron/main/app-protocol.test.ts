import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../core/static-files.ts';
import { tempDir } from '../core/testing/temp-dir.ts';
import { createAppProtocolHandler } from './app-protocol.ts';

let cleanup: () => Promise<void>;
let handler: (request: Request) => Promise<Response>;

beforeAll(async () => {
  const made = await tempDir();
  cleanup = made.cleanup;
  await mkdir(join(made.dir, 'renderer', 'assets'), { recursive: true });
  await writeFile(join(made.dir, 'renderer', 'index.html'), '<!doctype html>');
  await writeFile(join(made.dir, 'renderer', 'assets', 'a.js'), 'console.log(1)');
  await writeFile(join(made.dir, 'private.json'), '{"secret":1}');
  await symlink('/etc/passwd', join(made.dir, 'renderer', 'passwd.html'));
  await symlink(join(made.dir, 'renderer', 'assets', 'a.js'), join(made.dir, 'renderer', 'alias.js'));
  handler = createAppProtocolHandler(join(made.dir, 'renderer'));
});
afterAll(() => cleanup());

describe('the app:// protocol', () => {
  it('serves the build with the CSP', async () => {
    const page = await handler(new Request('app://glossator/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect((await handler(new Request('app://glossator/assets/a.js'))).headers.get('content-type')).toContain(
      'javascript',
    );
  });

  it('refuses paths outside the build and other hosts', async () => {
    for (const url of [
      'app://glossator/../private.json',
      'app://glossator/%2e%2e/private.json',
      'app://glossator/..%2fprivate.json',
      'app://elsewhere/index.html',
      'app://glossator/missing.js',
      'app://glossator/passwd.html',
      'app://glossator/alias.js',
    ]) {
      expect((await handler(new Request(url))).status, url).toBe(404);
    }
  });

  it('sends the policy that the page itself declares in its meta tag', async () => {
    const page = await readFile(join(import.meta.dirname, '..', '..', 'renderer', 'index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(page)?.[1];
    // frame-ancestors is the one directive a meta tag cannot set (browsers ignore it there).
    const served = contentSecurityPolicy
      .split('; ')
      .filter((d) => !d.startsWith('frame-ancestors'))
      .join('; ');
    expect(meta).toBe(served);
  });
});
