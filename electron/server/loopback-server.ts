import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { timingSafeEqual } from 'node:crypto';
import type { Dispatch } from '../core/services/dispatch.ts';
import { contentSecurityPolicy, resolveStaticFile } from '../core/static-files.ts';

export const TOKEN_HEADER = 'x-glossator-token';
/** Large enough for a 20 MB text with JSON escaping, small enough to refuse absurd bodies early. */
const MAX_BODY_BYTES = 64 * 1024 * 1024;

export interface LoopbackOptions {
  dispatch: Dispatch;
  /** The built renderer (out/renderer). */
  staticRoot: string;
  /** The per-run secret every API call must carry. */
  token: string;
  /** 0 picks a free port. */
  port?: number;
}

export interface LoopbackServer {
  server: Server;
  port: number;
  /** The address to open in a browser; the token travels in the fragment, never in a request. */
  url: string;
  close(): Promise<void>;
}

/**
 * The contract over HTTP, for a browser on this machine: POST /api/<call>
 * with the JSON input answers with the call's envelope. Listens on
 * 127.0.0.1 only. Every request must name this server in its Host header
 * (against DNS rebinding) and, if it has an Origin, come from this server's
 * own page (against cross-site requests); API calls must carry the token.
 */
export async function startLoopbackServer(options: LoopbackOptions): Promise<LoopbackServer> {
  const server = createServer((req, res) => {
    handle(req, res, options, port()).catch((error) => {
      if (!res.headersSent) send(res, 500, { ok: false, error: { code: 'internal', message: String(error) } });
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = () => (server.address() as AddressInfo).port;
  return {
    server,
    port: port(),
    url: `http://127.0.0.1:${port()}/#token=${options.token}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function handle(req: IncomingMessage, res: ServerResponse, options: LoopbackOptions, port: number) {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cache-Control', 'no-store');
  const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!allowedHosts.includes(req.headers.host ?? '')) {
    return send(res, 421, refusal('This server only answers requests addressed to 127.0.0.1.'));
  }
  const origin = req.headers.origin;
  if (origin !== undefined && !allowedHosts.some((h) => origin === `http://${h}`)) {
    return send(res, 403, refusal('Requests from other sites are refused.'));
  }
  const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
  if (url.pathname.startsWith('/api/')) return handleApi(req, res, url.pathname.slice(5), options);
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, refusal('Method not allowed.'));
  return serveStatic(req, res, options.staticRoot, url.pathname);
}

async function handleApi(req: IncomingMessage, res: ServerResponse, name: string, options: LoopbackOptions) {
  if (req.method !== 'POST') return send(res, 405, refusal('API calls must be POST requests.'));
  if (!tokenMatches(req.headers[TOKEN_HEADER], options.token)) {
    return send(res, 401, refusal('Missing or wrong access token. Open the address printed by `npm run serve`.'));
  }
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
    return send(res, 415, refusal('API calls must send JSON (Content-Type: application/json).'));
  }
  const body = await readBody(req);
  if (body === 'too-large') {
    return send(res, 413, {
      ok: false,
      error: { code: 'too-large', message: 'The request is larger than 64 MB. Split the text into smaller documents.' },
    });
  }
  let input: unknown;
  try {
    input = body.length ? JSON.parse(body) : {};
  } catch {
    return send(res, 400, {
      ok: false,
      error: { code: 'invalid-input', message: 'The request body is not valid JSON.' },
    });
  }
  send(res, 200, await options.dispatch(name, input));
}

async function serveStatic(req: IncomingMessage, res: ServerResponse, root: string, pathname: string) {
  const found = resolveStaticFile(root, pathname);
  const info = found && (await stat(found.file).catch(() => null));
  if (!found || !info?.isFile()) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    return void res.end('Not found');
  }
  res.writeHead(200, {
    'Content-Type': found.contentType,
    'Content-Length': info.size,
    'Content-Security-Policy': contentSecurityPolicy,
  });
  if (req.method === 'HEAD') return void res.end();
  createReadStream(found.file).pipe(res);
}

function tokenMatches(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function readBody(req: IncomingMessage): Promise<string | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        req.removeAllListeners('data');
        req.resume();
        resolve('too-large');
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function refusal(message: string) {
  return { ok: false, error: { code: 'invalid-input', message } };
}

function send(res: ServerResponse, status: number, body: unknown) {
  if (res.headersSent) return;
  const json = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(json),
  });
  res.end(json);
}
