import { request } from 'node:http';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileGate } from '../core/files/file-gate.ts';
import { createDispatch } from '../core/services/dispatch.ts';
import { createHandlers } from '../core/services/create-handlers.ts';
import { ProjectSession } from '../core/services/project-session.ts';
import { testCoder } from '../core/testing/open-test-store.ts';
import { tempDir } from '../core/testing/temp-dir.ts';
import { contentDisposition, FILE_NAME_HEADER } from './file-routes.ts';
import { type LoopbackServer, startLoopbackServer, TOKEN_HEADER } from './loopback-server.ts';

let dir: string;
let cleanup: () => Promise<void>;
let gate: FileGate;
let server: LoopbackServer;
let clock = Date.parse('2026-12-01T10:00:00Z');
const token = 'test-token-0123456789abcdef';
const CAP = 64 * 1024;

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
  gate = new FileGate({ stagingRoot: dir, now: () => clock });
  const session = new ProjectSession(testCoder);
  server = await startLoopbackServer({
    dispatch: createDispatch(createHandlers(session)),
    staticRoot: join(dir, 'static'),
    token,
    files: gate,
    limits: { maxUploadBytes: CAP },
  });
});
afterAll(async () => {
  await server.close();
  await gate.close();
  await cleanup();
});

const base = () => `http://127.0.0.1:${server.port}`;
const staged = async () => (await readdir(gate.staging.dir).catch(() => [])).sort();
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

function upload(body: Uint8Array<ArrayBuffer> | string, name: string, headers: Record<string, string> = {}) {
  return fetch(`${base()}/files`, {
    method: 'POST',
    headers: { [TOKEN_HEADER]: token, [FILE_NAME_HEADER]: encodeURIComponent(name), ...headers },
    body,
  });
}

describe('uploads (POST /files)', () => {
  it('streams the body into the staging folder and answers an open ticket with the name and size', async () => {
    const name = 'Стенограмма заседания №3.txt';
    const reply = await upload('Текст заседания.', name);
    expect(reply.status).toBe(200);
    const envelope = (await reply.json()) as { ok: true; value: { ticket: string; name: string; bytes: number } };
    expect(envelope.value).toMatchObject({ name, bytes: Buffer.byteLength('Текст заседания.') });
    const file = gate.open(envelope.value.ticket);
    expect(await readFile(file.path, 'utf8')).toBe('Текст заседания.');
    expect(() => gate.open(envelope.value.ticket)).toThrow(/no longer available/);
    gate.release(envelope.value.ticket);
    await settle();
    expect(await staged()).toEqual([]);
  });

  it('refuses a missing or wrong token with 401, keeping nothing', async () => {
    expect((await upload('x', 'a.txt', { [TOKEN_HEADER]: 'wrong' })).status).toBe(401);
    const none = await fetch(`${base()}/files`, { method: 'POST', body: 'x' });
    expect(none.status).toBe(401);
    expect(await staged()).toEqual([]);
  });

  it('refuses a body over the cap with 413 and removes what was written', async () => {
    const reply = await upload(new Uint8Array(CAP + 1), 'big.bin');
    expect(reply.status).toBe(413);
    expect(((await reply.json()) as { error: { code: string } }).error.code).toBe('too-large');
    // Sent without a length: refused once the count passes the cap.
    const chunked = await new Promise<number>((resolve, reject) => {
      const req = request(
        `${base()}/files`,
        { method: 'POST', headers: { [TOKEN_HEADER]: token, [FILE_NAME_HEADER]: 'big.bin' } },
        (res) => resolve(res.statusCode ?? 0),
      );
      req.on('error', reject);
      for (let i = 0; i < 8; i++) req.write(new Uint8Array(CAP / 4));
      req.end();
    });
    expect(chunked).toBe(413);
    await settle();
    expect(await staged()).toEqual([]);
  });

  it('removes the staging file of an upload the browser abandons', async () => {
    await new Promise<void>((resolve) => {
      const req = request(`${base()}/files`, {
        method: 'POST',
        headers: { [TOKEN_HEADER]: token, [FILE_NAME_HEADER]: 'half.txt', 'content-length': '10000' },
      });
      req.on('error', () => resolve());
      req.write('the first part only');
      setTimeout(() => req.destroy(), 100);
    });
    await settle();
    await settle();
    expect(await staged()).toEqual([]);
  });

  it('keeps only the last segment of a name that looks like a path', async () => {
    const reply = await upload('x', '../../etc/passwd');
    const { value } = (await reply.json()) as { value: { ticket: string; name: string } };
    expect(value.name).toBe('passwd');
    gate.release(value.ticket);
  });
});

describe('downloads (GET /files/<id>)', () => {
  async function written(name: string, text: string) {
    const ticket = await gate.grantDownload(name);
    return gate.save(ticket, (temp) => writeFile(temp, text));
  }

  it('serves a written file once, as an attachment whose UTF-8 name survives, then deletes it', async () => {
    const saved = await written('Кодбук «Выборы».json', '{"format":"glossator-codebook"}');
    expect(saved.download).toMatch(/^\/files\/[A-Za-z0-9_-]{43}$/);
    const reply = await fetch(`${base()}${saved.download}`);
    expect(reply.status).toBe(200);
    const disposition = reply.headers.get('content-disposition') ?? '';
    expect(disposition).toMatch(/^attachment; filename="[ -~]+"; filename\*=UTF-8''/);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1] ?? '')).toBe('Кодбук «Выборы».json');
    expect(await reply.text()).toBe('{"format":"glossator-codebook"}');
    await settle();
    expect(await staged()).toEqual([]);
    expect((await fetch(`${base()}${saved.download}`)).status).toBe(404);
  });

  it('refuses an unknown id and forgets a download nobody fetched in time', async () => {
    expect((await fetch(`${base()}/files/${'A'.repeat(43)}`)).status).toBe(404);
    const saved = await written('network.graphml', '<graphml/>');
    clock += 11 * 60 * 1000;
    expect((await fetch(`${base()}${saved.download}`)).status).toBe(404);
    await settle();
    expect(await staged()).toEqual([]);
  });

  it('words the fallback name in ASCII and escapes quotes', () => {
    expect(contentDisposition('a"b.json')).toBe(`attachment; filename="a_b.json"; filename*=UTF-8''a%22b.json`);
    expect(contentDisposition("it's (1).txt")).toBe(
      `attachment; filename="it's (1).txt"; filename*=UTF-8''it%27s%20%281%29.txt`,
    );
  });
});
