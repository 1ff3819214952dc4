import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { timingSafeEqual } from 'node:crypto';
import type { Dispatch } from '../core/services/dispatch.ts';
import { contentSecurityPolicy, openStaticFile } from '../core/static-files.ts';
import { BodyPermits, type BodyLimits, readBody } from './read-body.ts';
import type { FileGate } from '../core/files/file-gate.ts';
import { DOWNLOAD_PREFIX, MAX_UPLOAD_BYTES, UPLOAD_PATH, receiveUpload, serveDownload } from './file-routes.ts';

export const TOKEN_HEADER = 'x-glossator-token';
const MB = 1024 * 1024;
/** Large enough for a pasted 20 MB text (addDocument) with JSON escaping, small enough to refuse absurd bodies early. Files do not travel in JSON: they are uploaded and downloaded as files (file-routes.ts). */
const MAX_BODY_BYTES = 64 * MB;
/** Bodies past this size (imports of long texts) are read LARGE_BODIES at a time; every other call passes freely. */
const LARGE_BODY_BYTES = 1 * MB;
const LARGE_BODIES = 2;
const BAD_REQUEST = { ok: false, error: { code: 'invalid-input', message: 'Bad request.' } };

export interface LoopbackOptions {
  dispatch: Dispatch;
  /** The built renderer (out/renderer). */
  staticRoot: string;
  /** The per-run secret every API call must carry. */
  token: string;
  /** 0 picks a free port. */
  port?: number;
  /** Uploads (POST /files) and downloads (GET /files/<id>) go through this gate; without it, neither is served. */
  files?: FileGate;
  /** For tests: the body size limits (see read-body.ts) and the upload cap (file-routes.ts). */
  limits?: { maxBodyBytes?: number; largeBodyBytes?: number; largeBodies?: number; maxUploadBytes?: number };
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
  const limits: BodyLimits = {
    maxBytes: options.limits?.maxBodyBytes ?? MAX_BODY_BYTES,
    largeBytes: options.limits?.largeBodyBytes ?? LARGE_BODY_BYTES,
    permits: new BodyPermits(options.limits?.largeBodies ?? LARGE_BODIES),
  };
  const server = createServer((req, res) => {
    handle(req, res, options, limits, port()).catch((error) => {
      // The error's own text stays in the log: it may tell a stranger about the internals.
      console.error(`[glossator] ${req.method} request failed: ${(error as Error)?.stack ?? String(error)}`);
      if (!res.headersSent) send(res, 500, refusalOf('internal', 'Something went wrong inside Glossator.'));
      else res.destroy();
    });
  });
  server.on('clientError', answerUnparsable);
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

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  options: LoopbackOptions,
  limits: BodyLimits,
  port: number,
) {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cache-Control', 'no-store');
  const pathname = requestPath(req.url);
  if (pathname === null) return send(res, 400, BAD_REQUEST);
  const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!allowedHosts.includes(req.headers.host ?? '')) {
    return send(res, 421, refusal('This server only answers requests addressed to 127.0.0.1.'));
  }
  const origin = req.headers.origin;
  if (origin !== undefined && !allowedHosts.some((h) => origin === `http://${h}`)) {
    return send(res, 403, refusal('Requests from other sites are refused.'));
  }
  if (pathname.startsWith('/api/')) return handleApi(req, res, pathname.slice(5), options, limits);
  if (options.files && pathname === UPLOAD_PATH) return handleUpload(req, res, options, options.files);
  if (options.files && pathname.startsWith(DOWNLOAD_PREFIX)) {
    return serveDownload(req, res, options.files, pathname.slice(DOWNLOAD_PREFIX.length), send);
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, refusal('Method not allowed.'));
  return serveStatic(req, res, options.staticRoot, pathname);
}

/**
 * The path of a request target, or null when it is not a well-formed path
 * ("*", a full URL, a stray % that is no escape, something the URL parser
 * refuses). Parsed against a fixed origin, so that "//host/x" stays a path
 * and the parser never sees the Host header.
 */
function requestPath(target: string | undefined): string | null {
  if (!target?.startsWith('/')) return null;
  try {
    const { pathname } = new URL(`http://127.0.0.1${target}`);
    decodeURIComponent(pathname);
    return pathname;
  } catch {
    return null;
  }
}

/**
 * What a request Node's HTTP parser could not read gets: a short generic
 * refusal (the parser's message names its internals), then the connection
 * is closed.
 */
function answerUnparsable(error: NodeJS.ErrnoException, socket: Duplex): void {
  const response = (socket as Duplex & { _httpMessage?: ServerResponse })._httpMessage;
  if (error.code === 'ECONNRESET' || !socket.writable || response?.headersSent) return void socket.destroy();
  const [status, reason] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'Request Header Fields Too Large']
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'Request Timeout']
        : [400, 'Bad Request'];
  const json = JSON.stringify(BAD_REQUEST);
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(json)}\r\nConnection: close\r\n\r\n${json}`,
  );
}

async function handleApi(
  req: IncomingMessage,
  res: ServerResponse,
  name: string,
  options: LoopbackOptions,
  limits: BodyLimits,
) {
  if (req.method !== 'POST') return send(res, 405, refusal('API calls must be POST requests.'));
  if (!tokenMatches(req.headers[TOKEN_HEADER], options.token)) {
    return send(res, 401, refusal('Missing or wrong access token. Open the address printed by `npm run serve`.'));
  }
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
    return send(res, 415, refusal('API calls must send JSON (Content-Type: application/json).'));
  }
  const body = await readInput(req, limits);
  if (body.kind === 'aborted') return void res.destroy();
  if (body.kind === 'too-large') {
    // The rest of the body is not read: the answer goes out, then the connection is dropped.
    res.setHeader('Connection', 'close');
    res.once('finish', () => req.destroy());
    const mb = Math.round(limits.maxBytes / MB);
    return send(
      res,
      413,
      refusalOf('too-large', `The request is larger than ${mb} MB. Split the text into smaller documents.`),
    );
  }
  if (body.kind === 'not-json') return send(res, 400, refusal('The request body is not valid JSON.'));
  try {
    send(res, 200, await options.dispatch(name, body.input));
  } finally {
    body.release();
  }
}

/** An upload must be a POST with the token, like an API call; its body is the file itself. */
async function handleUpload(req: IncomingMessage, res: ServerResponse, options: LoopbackOptions, files: FileGate) {
  if (req.method !== 'POST') return send(res, 405, refusal('Uploads must be POST requests.'));
  if (!tokenMatches(req.headers[TOKEN_HEADER], options.token)) {
    return send(res, 401, refusal('Missing or wrong access token. Open the address printed by `npm run serve`.'));
  }
  return receiveUpload(req, res, files, options.limits?.maxUploadBytes ?? MAX_UPLOAD_BYTES, send);
}

/**
 * The body's JSON. The text it was parsed from does not outlive this
 * function, so it is not held while the call runs; `release` frees the
 * body's permit (read-body.ts) once the answer is sent.
 */
async function readInput(
  req: IncomingMessage,
  limits: BodyLimits,
): Promise<
  | { kind: 'input'; input: unknown; release: () => void }
  | { kind: 'too-large' }
  | { kind: 'aborted' }
  | { kind: 'not-json' }
> {
  const body = await readBody(req, limits);
  if (body.kind !== 'read') return body;
  try {
    return { kind: 'input', input: body.text.length ? JSON.parse(body.text) : {}, release: body.release };
  } catch {
    body.release();
    return { kind: 'not-json' };
  }
}

async function serveStatic(req: IncomingMessage, res: ServerResponse, root: string, pathname: string) {
  const found = await openStaticFile(root, pathname);
  if (!found) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    return void res.end('Not found');
  }
  res.writeHead(200, {
    'Content-Type': found.contentType,
    'Content-Length': found.size,
    'Content-Security-Policy': contentSecurityPolicy,
  });
  if (req.method === 'HEAD') {
    await found.handle.close();
    return void res.end();
  }
  // The stream closes the file when it ends or when the browser goes away.
  pipeline(found.handle.createReadStream(), res).catch(() => {});
}

function tokenMatches(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function refusal(message: string) {
  return refusalOf('invalid-input', message);
}

function refusalOf(code: string, message: string) {
  return { ok: false, error: { code, message } };
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
