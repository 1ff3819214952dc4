import { join } from 'node:path';
import { z } from 'zod';
import { type Message, type MessageKey, message } from '../../../shared/i18n/message.ts';

/**
 * Where a project's backups live: beside its live files, in a folder the
 * store never reads as project data (and bundles and sync leave out).
 *
 *   .backups/manifests/<id>.json.gz   one per backup: every file's path, hash and size, and counts
 *   .backups/packs/<pack>.pack        file contents (objects) stored once, concatenated
 *   .backups/packs/<pack>.idx.json    where each object of a pack begins and ends
 *   .backups/settings.json            the size cap and interval the user chose
 *   .backups/stamps.json              a cache: each file's stamp and hash at the last backup
 *   .backups/set-aside/               damaged files, kept after a version was restored
 *   .backups/.tmp/                    a backup being written
 *
 * Contents are addressed by their SHA-256, so a file unchanged between two
 * backups is stored once; a backup writes one pack, flushed once.
 */
export const backupLayout = {
  root: (dir: string) => join(dir, '.backups'),
  manifests: (dir: string) => join(dir, '.backups', 'manifests'),
  manifest: (dir: string, id: string) => join(dir, '.backups', 'manifests', `${id}.json.gz`),
  packs: (dir: string) => join(dir, '.backups', 'packs'),
  settings: (dir: string) => join(dir, '.backups', 'settings.json'),
  stamps: (dir: string) => join(dir, '.backups', 'stamps.json'),
  setAside: (dir: string) => join(dir, '.backups', 'set-aside'),
  temp: (dir: string) => join(dir, '.backups', '.tmp'),
};

export const BACKUP_FORMAT = 1;

/**
 * The step a backup came before, as a Message (its code and parameters);
 * an older manifest's step written as English text reads as that text.
 */
const StepSchema = z.union([
  z.strictObject({
    key: z.string().regex(/^[a-z][A-Za-z]*:\S+$/) as unknown as z.ZodType<MessageKey>,
    params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  }),
  z.string().transform((label): Message => message('history:asWritten', { label })),
]);

const Hash = z.string().regex(/^[0-9a-f]{64}$/);

export const ManifestSchema = z.strictObject({
  format: z.literal('glossator-backup'),
  version: z.number().int().positive(),
  id: z.string().regex(/^[0-9A-Za-z-]{1,80}$/),
  created: z.string(),
  reason: z.enum(['open', 'interval', 'manual', 'before-import', 'before-step', 'before-restore']),
  step: StepSchema.nullable(),
  counts: z.strictObject({
    documents: z.number().int().nonnegative(),
    annotations: z.number().int().nonnegative(),
    links: z.number().int().nonnegative(),
    actors: z.number().int().nonnegative(),
    concepts: z.number().int().nonnegative(),
    tags: z.number().int().nonnegative(),
  }),
  /** [path relative to the project, forward slashes; SHA-256; bytes]. */
  files: z.array(z.tuple([z.string().min(1), Hash, z.number().int().nonnegative()])),
});
export type Manifest = z.infer<typeof ManifestSchema>;

export const PackIndexSchema = z.strictObject({
  format: z.literal('glossator-backup-pack'),
  version: z.number().int().positive(),
  /** [SHA-256, offset, length]. */
  objects: z.array(z.tuple([Hash, z.number().int().nonnegative(), z.number().int().nonnegative()])),
});
export type PackIndex = z.infer<typeof PackIndexSchema>;

export const BackupSettingsSchema = z.object({
  capBytes: z.number().int().positive(),
  intervalMinutes: z.number().int().positive(),
});
export type BackupSettings = z.infer<typeof BackupSettingsSchema>;
