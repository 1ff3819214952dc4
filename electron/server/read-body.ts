import type { IncomingMessage } from 'node:http';

/**
 * A count of large request bodies that may be in memory at once. Eight
 * parallel 60 MB imports used to hold 600 MB (chunks, their concatenation,
 * the string, the parsed JSON); past the count, a large body waits unread,
 * and TCP makes its sender wait too.
 */
export class BodyPermits {
  private readonly waiting: Array<() => void> = [];

  constructor(private free: number) {}

  /** Waits for a permit; the function returned gives it back (once, however often called). */
  async acquire(): Promise<() => void> {
    if (this.free > 0) this.free--;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    let held = true;
    return () => {
      if (!held) return;
      held = false;
      const next = this.waiting.shift();
      if (next) next();
      else this.free++;
    };
  }
}

export interface BodyLimits {
  /** Larger bodies are refused, as soon as they pass this size. */
  maxBytes: number;
  /** A body past this size needs one of the permits to go on being read. */
  largeBytes: number;
  permits: BodyPermits;
}

export type Body =
  /** `release` gives back the permit a large body held: call it once the body is no longer needed. */
  { kind: 'read'; text: string; release: () => void } | { kind: 'too-large' } | { kind: 'aborted' };

/**
 * Reads a request's body as UTF-8, counting bytes as they arrive: a body
 * over `maxBytes` (declared in Content-Length or not) is answered
 * 'too-large' at once, and the request is left paused for the caller to
 * refuse and destroy; nothing more of it is kept. A body that grows past
 * `largeBytes` waits, paused, for a permit.
 */
export function readBody(req: IncomingMessage, limits: BodyLimits): Promise<Body> {
  const declared = Number(req.headers['content-length'] ?? Number.NaN);
  if (declared > limits.maxBytes) return Promise.resolve({ kind: 'too-large' });
  return new Promise((resolve) => {
    let chunks: Buffer[] = [];
    let size = 0;
    let release: (() => void) | null = null;
    let asking = false;
    let done = false;
    const finish = (body: Body) => {
      if (done) return;
      done = true;
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onAbort);
      req.off('close', onAbort);
      chunks = [];
      if (body.kind !== 'read') release?.();
      resolve(body);
    };
    const askForPermit = () => {
      asking = true;
      req.pause();
      void limits.permits.acquire().then((give) => {
        release = give;
        if (done) give();
        else req.resume();
      });
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limits.maxBytes) {
        req.pause();
        return finish({ kind: 'too-large' });
      }
      chunks.push(chunk);
      if (size > limits.largeBytes && !asking) askForPermit();
    };
    const onEnd = () => {
      const whole = Buffer.concat(chunks, size);
      chunks = [];
      finish({ kind: 'read', text: whole.toString('utf8'), release: () => release?.() });
    };
    const onAbort = () => finish({ kind: 'aborted' });
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onAbort);
    req.on('close', onAbort);
    // A body announced as large waits for its permit before any of it is read.
    if (declared > limits.largeBytes) askForPermit();
  });
}
