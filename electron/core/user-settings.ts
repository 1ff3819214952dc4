import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename } from 'node:fs/promises';
import { homedir, userInfo } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { CoderSchema } from '../../shared/model/coder.ts';
import { limits } from '../../shared/model/limits.ts';
import { type Language, languages } from '../../shared/i18n/languages.ts';
import type { Coder } from '../../shared/model/coder.ts';
import { writeFileDurable } from './fs/durable-write.ts';
import { isCuratedLayer } from '../../shared/curation/curation-types.ts';

const SettingsSchema = z.object({
  schemaVersion: z.literal(1),
  // The curated layer's id is never a person's: a settings file claiming it was not written by Glossator.
  coder: CoderSchema.refine((c) => !isCuratedLayer(c.id), 'the curated layer’s id'),
  /** The researcher chose or confirmed the name (else it is the system's user name, to be asked for). */
  confirmed: z.boolean().optional(),
  /** The language the researcher chose for the window; absent: follow the system's. */
  language: z.enum(languages).optional(),
});

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

/** Who is annotating on this machine, and whether they said so themselves. */
export interface CoderIdentity {
  coder: Coder;
  /** False while the name is only the system's user name: the app asks for the researcher's name. */
  confirmed: boolean;
  /** The language chosen in Settings, or null to follow the system's. */
  language: Language | null;
}

/**
 * Who is annotating on this machine: a stable id (so colleagues' layers never
 * mix even when names clash) and a display name, kept in settings.json.
 * `name` (from --coder) overrides the stored name for this run and counts as
 * confirmed. A settings file that cannot be read is set aside, never
 * overwritten: the id in it may be on a colleague's annotations.
 */
export async function loadCoderIdentity(configDir: string, name?: string): Promise<CoderIdentity> {
  const file = settingsFile(configDir);
  let stored: z.infer<typeof SettingsSchema> | null = null;
  let text: string | null = null;
  try {
    text = await readFile(file, 'utf8');
    const parsed = SettingsSchema.safeParse(JSON.parse(text));
    if (parsed.success) stored = parsed.data;
  } catch {
    // No settings yet (first run), or not JSON: handled below.
  }
  if (text !== null && !stored) {
    await rename(
      file,
      `${file.replace(/\.json$/, '')}.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}.json`,
    ).catch(() => {});
  }
  const given = fitName(name ?? '');
  const wanted = given || stored?.coder.name || fitName(safeUserName()) || 'Coder';
  const identity: CoderIdentity = {
    coder: { id: stored?.coder.id ?? randomUUID(), name: wanted },
    confirmed: Boolean(given) || stored?.confirmed === true,
    language: stored?.language ?? null,
  };
  if (!stored || stored.coder.name !== wanted || (stored.confirmed ?? false) !== identity.confirmed) {
    await saveIdentity(configDir, identity);
  }
  return identity;
}

/** The coder of this machine (see loadCoderIdentity). */
export async function loadCoder(configDir: string, name?: string): Promise<Coder> {
  return (await loadCoderIdentity(configDir, name)).coder;
}

/** Keeps who is annotating, durably, in settings.json. */
export async function saveIdentity(configDir: string, identity: CoderIdentity): Promise<void> {
  await mkdir(configDir, { recursive: true });
  const data = {
    schemaVersion: 1,
    coder: identity.coder,
    confirmed: identity.confirmed,
    ...(identity.language ? { language: identity.language } : {}),
  };
  await writeFileDurable(settingsFile(configDir), `${JSON.stringify(data, null, 2)}\n`);
}

const settingsFile = (configDir: string) => join(configDir, 'settings.json');

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
