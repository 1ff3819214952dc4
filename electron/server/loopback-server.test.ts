import { request } from 'node:http';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { connect, type Socket } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatch, type Dispatch } from '../core/services/dispatch.ts';
import { createHandlers } from '../core/services/create-handlers.ts';
import { ProjectSession } from '../core/services/project-session.ts';
import { testCoder } from '../core/testing/open-test-store.ts';
import { tempDir } from '../core/testing/temp-dir.ts';
import { type LoopbackOptions, type LoopbackServer, startLoopbackServer, TOKEN_HEADER } from './loopback-server.ts';

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
  await writeFile(join(staticRoot, 'app.js'), 'console.log(1)');
  await symlink('/etc/passwd', join(staticRoot, 'passwd.html'));
  await symlink(join(staticRoot, 'app.js'), join(staticRoot, 'alias.js'));
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

  it('refuses symbolic links in the build, to a file outside it or inside it', async () => {
    expect((await send('/app.js')).body).toBe('console.log(1)');
    for (const path of ['/passwd.html', '/alias.js']) {
      const reply = await send(path);
      expect(reply.status, path).toBe(404);
      expect(reply.body).toBe('Not found');
    }
  });
});

/** Bytes straight onto a TCP connection, for requests no HTTP client would send; the reply is read until the server closes. */
function rawRequest(port: number, text: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let data = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      data += chunk;
      if (data.includes('\r\n\r\n')) socket.end(); // one answer is all we want
    });
    socket.on('error', reject);
    socket.on('close', () => {
      const [head = '', ...rest] = data.split('\r\n\r\n');
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0), headers: {}, body: rest.join('\r\n\r\n') });
    });
    socket.write(text);
  });
}

describe('requests the server cannot read', () => {
  const internals = /TypeError|Invalid URL|HPE_|URIError|at [\w.]+ \(/;

  it('answers a malformed request target or request line with 400 and a generic message', async () => {
    const host = `Host: 127.0.0.1:${server.port}\r\n`;
    for (const head of [
      'GET /%%% HTTP/1.1\r\nHost: 127.0.0.1\r\n',
      `GET /%%% HTTP/1.1\r\n${host}`,
      `POST /api/%zz HTTP/1.1\r\n${host}`,
      `GET http://[ HTTP/1.1\r\n${host}`,
      `GET http://127.0.0.1:99999/ HTTP/1.1\r\n${host}`,
      `GET * HTTP/1.1\r\n${host}`,
      `GARBAGE\r\n${host}`,
      `\u0001\u0002 nonsense \u0003\r\n`,
    ]) {
      const reply = await rawRequest(server.port, `${head}Connection: close\r\n\r\n`);
      expect(reply.status, head).toBe(400);
      expect(reply.body, head).not.toMatch(internals);
      expect(JSON.parse(reply.body), head).toEqual({
        ok: false,
        error: { code: 'invalid-input', message: 'Bad request.' },
      });
    }
  });
});

describe('large request bodies', () => {
  /** A server whose calls wait for `gate` when their input is large, counting how many wait at once. */
  async function gatedServer(limits: LoopbackOptions['limits']) {
    const state = { calls: 0, active: 0, most: 0, open: () => {} };
    let gate = new Promise<void>((resolve) => (state.open = resolve));
    const dispatch: Dispatch = async (_name, input) => {
      state.calls++;
      const large = JSON.stringify(input).length > 1000;
      if (large) {
        state.active++;
        state.most = Math.max(state.most, state.active);
        await gate;
        state.active--;
      }
      return { ok: true, value: large ? 'large' : 'small' };
    };
    const s = await startLoopbackServer({ dispatch, staticRoot: join(dir, 'static'), token, limits });
    const reopen = () => {
      state.open();
      gate = new Promise<void>((resolve) => (state.open = resolve));
    };
    return { s, state, reopen };
  }

  const post = (port: number, body: string) =>
    new Promise<Reply>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          path: '/api/listDocuments',
          method: 'POST',
          headers: { host: `127.0.0.1:${port}`, 'content-type': 'application/json', [TOKEN_HEADER]: token },
        },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (c) => (text += c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
        },
      );
      req.on('error', reject);
      req.end(body);
    });

  const until = async (condition: () => boolean) => {
    for (let i = 0; i < 500 && !condition(); i++) await new Promise((r) => setTimeout(r, 10));
    expect(condition()).toBe(true);
  };

  it('refuses a body over the limit with 413 as soon as it passes the limit, and stops reading it', async () => {
    const { s, state } = await gatedServer({ maxBodyBytes: 1024 * 1024 });
    const sockets: Socket[] = [];
    s.server.on('connection', (socket) => sockets.push(socket));
    try {
      // Announced too large: refused before any of it is read.
      const announced = await rawRequest(
        s.port,
        `POST /api/listDocuments HTTP/1.1\r\nHost: 127.0.0.1:${s.port}\r\nContent-Type: application/json\r\n${TOKEN_HEADER}: ${token}\r\nContent-Length: ${64 * 1024 * 1024}\r\n\r\n{"a":"`,
      );
      expect(announced.status).toBe(413);
      expect(JSON.parse(announced.body).error.code).toBe('too-large');

      // Not announced (chunked): the client goes on sending 32 MB whatever the answer says.
      const total = 32 * 1024 * 1024;
      const outcome = await new Promise<{ status: number; written: number }>((resolve) => {
        const socket = connect(s.port, '127.0.0.1');
        let reply = '';
        let written = 0;
        const done = () => resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(reply)?.[1] ?? 0), written });
        socket.setEncoding('utf8');
        socket.on('data', (c: string) => (reply += c));
        socket.on('error', () => {});
        socket.on('close', done);
        socket.write(
          `POST /api/listDocuments HTTP/1.1\r\nHost: 127.0.0.1:${s.port}\r\nContent-Type: application/json\r\n${TOKEN_HEADER}: ${token}\r\nTransfer-Encoding: chunked\r\n\r\n`,
        );
        const chunk = Buffer.alloc(64 * 1024, 'a');
        const frame = Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n')]);
        const pump = () => {
          while (written < total && !socket.destroyed) {
            written += chunk.length;
            if (!socket.write(frame)) return void socket.once('drain', pump);
          }
          if (!socket.destroyed) socket.end('0\r\n\r\n');
        };
        pump();
      });
      expect(outcome.status).toBe(413);
      expect(outcome.written).toBeLessThan(total / 2);
      expect(sockets.every((socket) => socket.bytesRead < total / 4)).toBe(true);
      expect(state.calls).toBe(0);
    } finally {
      await s.close();
    }
  });

  it('reads only a few large bodies at a time, lets small calls pass, and frees its permits', async () => {
    const { s, state, reopen } = await gatedServer({ largeBodyBytes: 64 * 1024, largeBodies: 2 });
    try {
      const big = JSON.stringify({ text: 'б'.repeat(200_000) });
      const replies = Promise.all([1, 2, 3, 4, 5].map(() => post(s.port, big)));
      await until(() => state.active === 2);
      expect((await post(s.port, '{}')).body).toBe('{"ok":true,"value":"small"}');
      await new Promise((r) => setTimeout(r, 100));
      expect(state.calls).toBe(3); // two large ones waiting in dispatch, one small; three large ones unread
      // A client that gives up half way through its body gives back its place.
      const quitter = connect(s.port, '127.0.0.1');
      quitter.write(
        `POST /api/listDocuments HTTP/1.1\r\nHost: 127.0.0.1:${s.port}\r\nContent-Type: application/json\r\n${TOKEN_HEADER}: ${token}\r\nContent-Length: ${big.length * 2}\r\n\r\n${big.slice(0, 100_000)}`,
      );
      await new Promise((r) => setTimeout(r, 50));
      quitter.destroy();
      let settled = false;
      void replies.then(() => (settled = true));
      for (let round = 0; round < 1000 && !settled; round++) {
        reopen();
        await new Promise((r) => setTimeout(r, 20));
      }
      const all = await replies;
      expect(all.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
      expect(state.most).toBe(2);
      await until(() => state.active === 0);
      // Every permit is back: two more large bodies go through together.
      const again = Promise.all([post(s.port, big), post(s.port, big)]);
      await until(() => state.active === 2);
      reopen();
      expect((await again).map((r) => r.status)).toEqual([200, 200]);
    } finally {
      await s.close();
    }
  });
});
