import { request } from 'node:http';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatch } from '../core/services/dispatch.ts';
import { createHandlers } from '../core/services/create-handlers.ts';
import { ProjectSession } from '../core/services/project-session.ts';
import { testCoder } from '../core/testing/open-test-store.ts';
import { tempDir } from '../core/testing/temp-dir.ts';
import { type LoopbackServer, startLoopbackServer, TOKEN_HEADER } from './loopback-server.ts';

let dir: string;
let cleanup: () => Promise<void>;
let session: ProjectSession;
let server: LoopbackServer;
const token = 'test-token-0123456789abcdef';

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
  const staticRoot = join(dir, 'static');
  await mkdir(staticRoot);
  await writeFile(join(staticRoot, 'index.html'), '<!doctype html><title>app</title>');
  await writeFile(join(dir, 'secret.txt'), 'outside the build');
  session = new ProjectSession(testCoder);
  await session.open(join(dir, 'project'), { withSample: true });
  server = await startLoopbackServer({ dispatch: createDispatch(createHandlers(session)), staticRoot, token });
});
afterAll(async () => {
  await server.close();
  await session.close();
  await cleanup();
});

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP request, so Host and Origin can be forged as an attacker would. */
function send(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<Reply>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        path,
        method: options.method ?? 'GET',
        headers: { host: `127.0.0.1:${server.port}`, ...options.headers },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const api = (name: string, body: unknown, headers: Record<string, string> = {}) =>
  send(`/api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token, ...headers },
    body: JSON.stringify(body),
  });

describe('the loopback server', () => {
  it('listens on 127.0.0.1 only and prints a URL with the token in the fragment', () => {
    expect(server.server.address()).toMatchObject({ address: '127.0.0.1' });
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/#token=${token}`);
  });

  it('answers contract calls that carry the token', async () => {
    const reply = await api('listDocuments', {});
    expect(reply.status).toBe(200);
    const envelope = JSON.parse(reply.body);
    expect(envelope.ok).toBe(true);
    expect(envelope.value.length).toBeGreaterThanOrEqual(3);
  });

  it('refuses calls without the token, or with a wrong one', async () => {
    const none = await send('/api/listDocuments', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(none.status).toBe(401);
    expect((await api('listDocuments', {}, { [TOKEN_HEADER]: 'guess' })).status).toBe(401);
  });

  it('refuses a foreign Host header (DNS rebinding) and a foreign Origin (cross-site)', async () => {
    expect((await api('listDocuments', {}, { host: 'evil.example:80' })).status).toBe(421);
    expect((await send('/', { headers: { host: `attacker.test:${server.port}` } })).status).toBe(421);
    expect((await api('listDocuments', {}, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await api('listDocuments', {}, { origin: `http://127.0.0.1:${server.port}` })).status).toBe(200);
  });

  it('refuses non-JSON bodies and malformed JSON with clear errors', async () => {
    const form = await api('listDocuments', {}, { 'content-type': 'text/plain' });
    expect(form.status).toBe(415);
    const broken = await send('/api/listDocuments', {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
      body: '{"a":',
    });
    expect(broken.status).toBe(400);
    expect(JSON.parse(broken.body).error.code).toBe('invalid-input');
  });

  it('passes bad input to the contract, which refuses it', async () => {
    const reply = JSON.parse((await api('getDocument', { documentId: '../../etc' })).body);
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('serves the renderer with the CSP and never a file outside the build', async () => {
    const index = await send('/');
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toContain("script-src 'self'");
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/static/../../secret.txt']) {
      const reply = await send(path);
      expect(reply.status, path).toBe(404);
      expect(reply.body).not.toContain('outside the build');
    }
  });
});
