import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { startServer, stopServer } from './fixtures.ts';

/** A contract call by name: its value, or an error with the call's name and the core's message. */
export type Call = <T = Record<string, unknown>>(name: string, input: unknown) => Promise<T>;

/** The contract's answer as it comes over the wire. */
export interface Envelope {
  ok: boolean;
  value?: unknown;
  error?: { code: string; message: string };
}

function unwrap(name: string, envelope: Envelope): never {
  if (!envelope.ok) throw new Error(`${name}: ${envelope.error?.message}`);
  return envelope.value as never;
}

/** A contract call over a loopback server's API (`url` as the server prints it, with its token). */
export function apiOf(url: string): Call {
  const { origin, hash } = new URL(url);
  const token = hash.replace('#token=', '');
  return async (name, input) => {
    const response = await fetch(`${origin}/api/${name}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'x-glossator-token': token },
      body: JSON.stringify(input),
    });
    return unwrap(name, (await response.json()) as Envelope);
  };
}

/** Serves `projectDir` as `coder` (settings in `configDir`), as `npm run serve -- --coder` does. */
export async function serveAs(
  projectDir: string,
  configDir: string,
  coder: string,
  { sample = false }: { sample?: boolean } = {},
): Promise<{ call: Call; stop: () => Promise<void> }> {
  const { url, proc } = await startServer(projectDir, configDir, ['--coder', coder], process.env, { sample });
  return { call: apiOf(url), stop: () => stopServer(proc) };
}

/** Serves `projectDir` as `coder` (a settings folder of their own), calls `work` with their contract, stops. */
export async function asCoder(projectDir: string, coder: string, work: (call: Call) => Promise<void>): Promise<void> {
  const configDir = await mkdtemp(join(tmpdir(), 'glossator-e2e-coder-'));
  try {
    const server = await serveAs(projectDir, configDir, coder);
    try {
      await work(server.call);
    } finally {
      await server.stop();
    }
  } finally {
    await rm(configDir, { recursive: true, force: true });
  }
}

/** A contract call from the page, with its token, as the window makes it: the envelope as it comes. */
export function envelopeFromPage(page: Page, name: string, input: unknown): Promise<Envelope> {
  return page.evaluate(
    async ([call, body]) => {
      const response = await fetch(`/api/${call}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'x-glossator-token': sessionStorage.getItem('glossator-token') ?? '',
        },
        body: JSON.stringify(body),
      });
      return (await response.json()) as Envelope;
    },
    [name, input] as const,
  );
}

/** A contract call from the page, as the window makes it: its value. */
export async function callFromPage<T>(page: Page, name: string, input: unknown): Promise<T> {
  return unwrap(name, await envelopeFromPage(page, name, input));
}

/** The page's contract as a `Call`. */
export function pageApi(page: Page): Call {
  return (name, input) => callFromPage(page, name, input);
}
