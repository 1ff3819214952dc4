import type { CsvCell } from '../csv/write-csv.ts';
import { CsvNames } from './csv-names.ts';
import type { CsvTableRows, CsvTablesInput } from './csv-tables-input.ts';

/** What joins several names in one cell of the actors table; the tidy tables hold them one per row. */
export const csvListSeparator = ' | ';

const actorColumns = ['actor_id', 'name', 'type', 'aliases', 'affiliations', 'notes', 'created', 'modified'] as const;

/**
 * The actor registry, one row per actor. `type` is the stable code
 * (person, agency, state, organization, media, other). `aliases` and
 * `affiliations` (the organisations' names) are joined by " | " for a
 * reader's eye; a script that needs them exactly reads actor_aliases and
 * actor_affiliations, one per row.
 */
export function actorsTable(input: CsvTablesInput, names = new CsvNames(input)): CsvTableRows {
  const rows: CsvCell[][] = input.actors.map((a) => [
    a.id,
    a.name,
    a.type,
    a.aliases.join(csvListSeparator),
    a.affiliations.map((f) => names.actor(f.organizationId)).join(csvListSeparator),
    a.notes,
    a.created,
    a.modified,
  ]);
  return { columns: actorColumns, rows };
}

/** Every other name an actor goes by in the texts, one per row (long form). */
export function actorAliasesTable(input: CsvTablesInput): CsvTableRows {
  const rows: CsvCell[][] = [];
  for (const a of input.actors) for (const alias of a.aliases) rows.push([a.id, a.name, alias]);
  return { columns: ['actor_id', 'actor', 'alias'], rows };
}

/**
 * Memberships, one per row: the actor, the organisation (itself an actor
 * of the registry), the role, and the time it held as partial ISO dates
 * (empty: open or unknown).
 */
export function actorAffiliationsTable(input: CsvTablesInput, names = new CsvNames(input)): CsvTableRows {
  const rows: CsvCell[][] = [];
  for (const a of input.actors) {
    for (const f of a.affiliations) {
      rows.push([a.id, a.name, f.organizationId, names.actor(f.organizationId), f.role, f.from, f.to]);
    }
  }
  return { columns: ['actor_id', 'actor', 'organization_id', 'organization', 'role', 'from', 'to'], rows };
}
