import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStaticFile, resolveStaticFile } from './static-files.ts';
import { tempDir } from './testing/temp-dir.ts';

let dir: string;
let root: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
  root = join(dir, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await mkdir(join(dir, 'outside'));
  await writeFile(join(root, 'index.html'), '<!doctype html>');
  await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(join(dir, 'outside', 'secret.js'), 'secret');
  await symlink('/etc/passwd', join(root, 'passwd.html'));
  await symlink(join(root, 'assets', 'app.js'), join(root, 'alias.js'));
  await symlink(join(dir, 'outside'), join(root, 'linked'));
  await symlink(join(root, 'assets'), join(root, 'assets-link'));
  await symlink(root, join(dir, 'renderer-link'));
});
afterAll(() => cleanup());

/** What openStaticFile serves for a path, as text, or null; the file is closed again. */
async function served(path: string, from = root): Promise<string | null> {
  const file = await openStaticFile(from, path);
  if (!file) return null;
  try {
    return await file.handle.readFile('utf8');
  } finally {
    await file.handle.close();
  }
}

describe('static files of the renderer build', () => {
  it('serves plain files under the root, also when the root itself is reached through a link', async () => {
    expect(await served('/')).toBe('<!doctype html>');
    expect(await served('/assets/app.js')).toBe('console.log(1)');
    expect(await served('/assets/app.js', join(dir, 'renderer-link'))).toBe('console.log(1)');
    const file = await openStaticFile(root, '/index.html');
    expect(file).toMatchObject({ size: 15, contentType: 'text/html; charset=utf-8' });
    await file?.handle.close();
  });

  it('refuses a symbolic link, to a file outside the root or inside it, and a linked folder', async () => {
    // The paths themselves are fine: only the links make them refused.
    expect(resolveStaticFile(root, '/passwd.html')).not.toBeNull();
    for (const path of ['/passwd.html', '/alias.js', '/linked/secret.js', '/assets-link/app.js']) {
      expect(await served(path), path).toBeNull();
    }
  });

  it('refuses folders, missing files and paths that leave the root', async () => {
    for (const path of ['/assets', '/missing.js', '/../outside/secret.js', '/%2e%2e/outside/secret.js']) {
      expect(await served(path), path).toBeNull();
    }
  });
});
