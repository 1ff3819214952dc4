import { randomUUID } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { homedir, userInfo } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { CoderSchema } from '../../shared/model/coder.ts';
import { limits } from '../../shared/model/limits.ts';
import type { Coder } from '../../shared/model/coder.ts';
import { writeFileDurable } from './fs/durable-write.ts';

const SettingsSchema = z.object({ schemaVersion: z.literal(1), coder: CoderSchema });

/**
 * Glossator's own folder for this user: Electron's userData on Linux
 * (~/.config/Glossator, or $XDG_CONFIG_HOME/Glossator), computed without
 * Electron so the loopback server finds the same place.
 */
export function defaultConfigDir(): string {
  const base = process.env.XDG_CONFIG_HOME || join(homedir(), '.config');
  return join(base, 'Glossator');
}

/** The project opened when none is named: created with the sample texts on first run. */
export function defaultProjectDir(configDir: string): string {
  return join(configDir, 'projects', 'default');
}

/**
 * Who is annotating on this machine: a stable id (so colleagues' layers never
 * mix even when names clash) and a display name, kept in settings.json.
 * `name` overrides the stored name for this run.
 */
export async function loadCoder(configDir: string, name?: string): Promise<Coder> {
  const file = join(configDir, 'settings.json');
  let coder: Coder | null = null;
  try {
    const parsed = SettingsSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
    if (parsed.success) coder = parsed.data.coder;
  } catch {
    // No settings yet (first run) or unreadable: start afresh below.
  }
  const wanted = fitName(name ?? '') || coder?.name || fitName(safeUserName()) || 'Coder';
  if (!coder || coder.name !== wanted) {
    coder = { id: coder?.id ?? randomUUID(), name: wanted };
    await mkdir(configDir, { recursive: true });
    await writeFileDurable(file, `${JSON.stringify({ schemaVersion: 1, coder }, null, 2)}\n`);
  }
  return coder;
}

/**
 * A display name the project file can always hold (CoderSchema): spaces
 * folded and trimmed, cut to the name limit in whole characters. A longer
 * one would be written to settings.json and then refused by every project.
 */
export function fitName(name: string): string {
  const folded = name.replace(/\s+/g, ' ').trim();
  return [...folded].slice(0, limits.nameLength).join('').trim();
}

function safeUserName(): string {
  try {
    return userInfo().username || 'Coder';
  } catch {
    return 'Coder';
  }
}
