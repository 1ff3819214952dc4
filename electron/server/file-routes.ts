import type { IncomingMessage, ServerResponse } from 'node:http';
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { ApiError } from '../../shared/ipc/errors.ts';
import { DOWNLOAD_PREFIX, type FileGate } from '../core/files/file-gate.ts';
import { beginUpload } from '../core/files/upload-sink.ts';
import { uploadName } from '../core/files/upload-name.ts';

/** The header an upload names its file in (URI-encoded, so any name survives HTTP's Latin-1 headers). */
export const FILE_NAME_HEADER = 'x-glossator-file-name';
/** Where the window uploads files: POST with the token, the raw file as the body. */
export const UPLOAD_PATH = '/files';
/** Large enough for a bundle of a big project; each use of a file has its own, smaller cap (documents: limits.importFileBytes). */
export const MAX_UPLOAD_BYTES = 4 * 1024 ** 3;

export { DOWNLOAD_PREFIX };

type Send = (res: ServerResponse, status: number, body: unknown) => void;

/**
 * An upload: the body streamed chunk by chunk into the staging folder
 * (never held whole), refused past `maxBytes` (413, the partial file
 * removed), dropped if the browser goes away before the end. Answers the
 * OpenedFile's envelope; the caller checked the token.
 */
export async function receiveUpload(
  req: IncomingMessage,
  res: ServerResponse,
  gate: FileGate,
  maxBytes: number,
  send: Send,
): Promise<void> {
  const rawName = req.headers[FILE_NAME_HEADER];
  let name: string;
  try {
    name = uploadName(decodeURIComponent(typeof rawName === 'string' ? rawName : ''));
  } catch {
    return send(res, 400, refusalOf('invalid-input', 'The file name is not URI-encoded.'));
  }
  const declared = Number(req.headers['content-length'] ?? Number.NaN);
  if (declared > maxBytes) return refuseTooLarge(req, res, maxBytes, send);
  const sink = await beginUpload(gate, name, maxBytes);
  try {
    for await (const chunk of req) await sink.write(chunk as Buffer);
    if (!req.complete) throw new Error('aborted');
  } catch (error) {
    await sink.abort();
    if (error instanceof ApiError && error.code === 'too-large') return refuseTooLarge(req, res, maxBytes, send);
    // The browser went away (or the stream broke): nothing of the upload is kept.
    return void res.destroy();
  }
  send(res, 200, { ok: true, value: await sink.finish() });
}

function refuseTooLarge(req: IncomingMessage, res: ServerResponse, maxBytes: number, send: Send): void {
  // The rest of the body is not read: the answer goes out, then the connection is dropped.
  res.setHeader('Connection', 'close');
  res.once('finish', () => req.destroy());
  const mb = Math.round(maxBytes / 2 ** 20);
  send(res, 413, refusalOf('too-large', `The file is larger than ${mb} MB.`));
}

/**
 * A download: the file a save wrote for this one-time id, streamed from
 * disk as an attachment and deleted once served (or when the browser goes
 * away). The id is the secret — 32 random bytes, good once, for minutes —
 * since a browser's download (an <a download> click) sends no token header.
 */
export async function serveDownload(
  req: IncomingMessage,
  res: ServerResponse,
  gate: FileGate,
  id: string,
  send: Send,
): Promise<void> {
  if (req.method !== 'GET') return send(res, 405, refusalOf('invalid-input', 'Method not allowed.'));
  const found = gate.takeDownload(id);
  if (!found) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    return void res.end('Not found');
  }
  res.writeHead(200, {
    'Content-Type': 'application/octet-stream',
    'Content-Length': found.bytes,
    'Content-Disposition': contentDisposition(found.name),
  });
  try {
    await pipeline(createReadStream(found.path), res);
  } catch {
    // The browser went away: the download is gone either way.
  } finally {
    await gate.finishDownload(found);
  }
}

/**
 * `attachment` with the name twice: an ASCII fallback for old clients and
 * RFC 5987's UTF-8 form, so a Russian name arrives as it was.
 */
export function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\%]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

function refusalOf(code: string, message: string) {
  return { ok: false, error: { code, message } };
}
