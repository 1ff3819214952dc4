import http from 'isomorphic-git/http/node';

/**
 * git's receive-pack request over smart HTTP (git's pack-protocol and http-protocol documents): one command
 * line `<old> <new> <ref>` with the capability `report-status`, a flush packet, then the packfile; the server
 * answers with its report (`unpack ok`, then `ok <ref>` or `ng <ref> <reason>`). The advertisement before it
 * and the packfile are isomorphic-git's (getRemoteInfo2, packObjects); only this request is put together here,
 * because isomorphic-git's push cannot be told which objects to send (see push-objects.ts).
 */
export interface ReceivePackRequest {
  url: string;
  ref: string;
  oldOid: string;
  newOid: string;
  packfile: Uint8Array;
  /** `Basic …` when the advertisement needed credentials. */
  authorization: string | null;
}

export type ReceivePackReport = { ok: true } | { ok: false; reason: string };

const zeroOid = '0'.repeat(40);
export const noCommit = zeroOid;

/** A packet line: its length (with the four length bytes) in hex, then the payload. */
export function pktLine(text: string): Uint8Array {
  const payload = new TextEncoder().encode(text);
  const head = (payload.length + 4).toString(16).padStart(4, '0');
  return concat([new TextEncoder().encode(head), payload]);
}

const flush = new TextEncoder().encode('0000');

export function receivePackBody(request: Pick<ReceivePackRequest, 'ref' | 'oldOid' | 'newOid' | 'packfile'>) {
  const command = `${request.oldOid} ${request.newOid} ${request.ref}\0report-status agent=glossator\n`;
  return concat([pktLine(command), flush, request.packfile]);
}

/** Sends the request; an HTTP failure is thrown as isomorphic-git's HttpError shape, for gitSyncError to word. */
export async function sendReceivePack(request: ReceivePackRequest): Promise<ReceivePackReport> {
  const headers: Record<string, string> = {
    'content-type': 'application/x-git-receive-pack-request',
    accept: 'application/x-git-receive-pack-result',
    'user-agent': 'git/isomorphic-git@1.44.11 glossator',
  };
  if (request.authorization) headers.authorization = request.authorization;
  const response = await http.request({
    url: `${request.url.replace(/\/+$/, '')}/git-receive-pack`,
    method: 'POST',
    headers,
    // An array is sent as one buffer with its Content-Length (isomorphic-git's node client; its type says iterator).
    body: [receivePackBody(request)] as unknown as AsyncIterableIterator<Uint8Array>,
  });
  const chunks: Uint8Array[] = [];
  for await (const chunk of response.body ?? []) chunks.push(chunk);
  if (response.statusCode !== 200) {
    throw Object.assign(new Error(`HTTP ${response.statusCode}`), {
      code: 'HttpError',
      data: { statusCode: response.statusCode },
    });
  }
  return readReport(concat(chunks), request.ref);
}

/** The server's report for `ref`: ok, or why not (the unpack's failure, or the ref's `ng` reason). */
export function readReport(body: Uint8Array, ref: string): ReceivePackReport {
  const lines = pktLines(body);
  const unpack = lines.find((l) => l.startsWith('unpack '));
  if (!unpack) return { ok: false, reason: 'no report from the server' };
  if (unpack !== 'unpack ok') return { ok: false, reason: unpack.slice('unpack '.length) };
  for (const line of lines) {
    if (line === `ok ${ref}`) return { ok: true };
    if (line.startsWith(`ng ${ref} `)) return { ok: false, reason: line.slice(`ng ${ref} `.length) };
  }
  return { ok: false, reason: 'the server did not report on the branch' };
}

/** The payloads of the packet lines of a body (flush packets skipped), without their line ends. */
export function pktLines(body: Uint8Array): string[] {
  const out: string[] = [];
  const decoder = new TextDecoder();
  let at = 0;
  while (at + 4 <= body.length) {
    const length = Number.parseInt(decoder.decode(body.subarray(at, at + 4)), 16);
    if (!Number.isFinite(length)) break;
    if (length === 0) {
      at += 4;
      continue;
    }
    if (length < 4 || at + length > body.length) break;
    out.push(decoder.decode(body.subarray(at + 4, at + length)).replace(/\n$/, ''));
    at += length;
  }
  return out;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
