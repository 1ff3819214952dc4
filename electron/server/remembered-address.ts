import { randomBytes } from 'node:crypto';
import { chmod, mkdir, open, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { nodeFs, type WriteFs, writeFileDurable } from '../core/fs/durable-write.ts';
import { type Message, message } from '../../shared/i18n/message.ts';
import type { LoopbackServer } from './loopback-server.ts';

/**
 * `npm run serve` keeps each project's port and token, so a bookmarked
 * `http://127.0.0.1:PORT/#token=…` still works after a restart. The token
 * is a password to the project: the file is the user's alone (0600, in a
 * 0700 folder of its own, so the config folder's mode is left as it is).
 */
export interface Address {
  port: number;
  token: string;
}

/** 22 base64url characters are 132 bits; shorter (hand-edited) tokens are not trusted. */
const AddressSchema = z.object({
  port: z.number().int().min(1).max(65535),
  token: z.string().regex(/^[A-Za-z0-9_-]{22,}$/),
});
const FileSchema = z.object({ schemaVersion: z.literal(1), projects: z.record(z.string(), AddressSchema) });
type AddressFile = z.infer<typeof FileSchema>;

export function addressFile(configDir: string): string {
  return join(configDir, 'serve', 'addresses.json');
}

/** 192 random bits from the OS's generator, URL-safe so it travels in the fragment unescaped. */
export function freshToken(): string {
  return randomBytes(24).toString('base64url');
}

/** The temp file of a durable write is created 0600, so the token is never readable by others, even briefly. */
const privateFs: WriteFs = {
  ...nodeFs,
  open: ((path, flags, mode) => open(path, flags, flags === 'wx' ? 0o600 : mode)) as typeof open,
};

/** All remembered addresses, and a warning when the file was damaged (it is then started afresh). */
async function readAll(configDir: string): Promise<{ file: AddressFile; warning?: Message }> {
  const path = addressFile(configDir);
  const empty: AddressFile = { schemaVersion: 1, projects: {} };
  let text: string;
  try {
    text = await readFile(path, 'utf8');
    await chmod(path, 0o600).catch(() => {}); // a copy restored with a wider mode is made private again
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { file: empty };
    return { file: empty, warning: message('cli:addressUnreadable', { path, reason: (error as Error).message }) };
  }
  try {
    return { file: FileSchema.parse(JSON.parse(text)) };
  } catch {
    return { file: empty, warning: message('cli:addressDamaged', { path }) };
  }
}

/** The address remembered for a project (by its resolved path), if any. */
export async function loadAddress(
  configDir: string,
  projectDir: string,
): Promise<{ address: Address | null; warning?: Message }> {
  const { file, warning } = await readAll(configDir);
  return { address: file.projects[resolve(projectDir)] ?? null, ...(warning ? { warning } : {}) };
}

/**
 * Remembers a project's address. The file is read again just before, so
 * another project's server saving meanwhile is kept (short of two saving
 * in the same instant).
 */
export async function saveAddress(configDir: string, projectDir: string, address: Address): Promise<void> {
  const path = addressFile(configDir);
  const dir = join(configDir, 'serve');
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await chmod(dir, 0o700); // mkdir leaves an existing folder's mode alone
  const { file } = await readAll(configDir);
  file.projects[resolve(projectDir)] = { port: address.port, token: address.token };
  await writeFileDurable(path, `${JSON.stringify(file, null, 2)}\n`, privateFs);
}

export interface StartOptions {
  configDir: string;
  projectDir: string;
  /** `--port N`: wins over the remembered port (0: any free one); a taken one is an error, as asked. */
  port?: number;
  /** `--new-token`: forget the remembered token (old bookmarks stop working). */
  newToken?: boolean;
  /** Starts the server on a port (0: any free one) with a token. */
  start: (port: number, token: string) => Promise<LoopbackServer>;
  /** Where what the user should know goes (a damaged file, a moved port), to be worded in the user's language. */
  log: (message: Message) => void;
}

/**
 * Starts the server at the project's remembered address: its token unless
 * --new-token, its port unless --port or the port is taken (then a free
 * one, said so). What it ends up on is remembered. Failing to remember is
 * said, not fatal: the server runs all the same.
 */
export async function startAtRememberedAddress(options: StartOptions): Promise<LoopbackServer> {
  const { configDir, projectDir, log } = options;
  const { address: remembered, warning } = await loadAddress(configDir, projectDir);
  if (warning) log(warning);
  const token = remembered && !options.newToken ? remembered.token : freshToken();
  const wanted = options.port ?? remembered?.port ?? 0;
  let server: LoopbackServer;
  try {
    server = await options.start(wanted, token);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (options.port !== undefined || wanted === 0 || (code !== 'EADDRINUSE' && code !== 'EACCES')) throw error;
    server = await options.start(0, token);
    log(message('cli:portMoved', { wanted, port: server.port }));
  }
  if (server.port !== remembered?.port || token !== remembered?.token) {
    try {
      await saveAddress(configDir, projectDir, { port: server.port, token });
    } catch (error) {
      log(message('cli:addressNotRemembered', { reason: (error as Error).message }));
    }
  }
  return server;
}
