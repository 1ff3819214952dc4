import { z } from 'zod';
import { IdSchema, TimestampSchema } from './ids.ts';
import { limits } from './limits.ts';

/** What kind of actor: the types researchers distinguish in discourse network analysis. */
export const ActorTypeSchema = z.enum(['person', 'agency', 'state', 'organization', 'media', 'other']);
export type ActorType = z.infer<typeof ActorTypeSchema>;

/** How each actor type is called on screen. */
export const actorTypeLabels: Record<ActorType, string> = {
  person: 'Person',
  agency: 'State body or agency',
  state: 'State',
  organization: 'International organisation',
  media: 'Media outlet',
  other: 'Other',
};

/** A date as precise as the researcher knows it: 2023, 2023-09 or 2023-09-08. */
export const PartialDateSchema = z
  .string()
  .regex(
    /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/,
    'must be a date like 2023, 2023-09 or 2023-09-08',
  );

/** An actor's membership of an organisation (another actor), with a role and the time it held. */
export const AffiliationSchema = z.strictObject({
  organizationId: IdSchema,
  role: z.string().max(limits.nameLength),
  from: PartialDateSchema.nullable(),
  to: PartialDateSchema.nullable(),
});
export type Affiliation = z.infer<typeof AffiliationSchema>;

/**
 * An entry of the actor registry: one person, agency, state or alliance,
 * under its canonical name, with every other name it goes by in the texts
 * (other scripts, grammatical forms, titles such as «глава государства»).
 */
export const ActorSchema = z.strictObject({
  id: IdSchema,
  name: z.string().trim().min(1).max(limits.nameLength),
  type: ActorTypeSchema,
  aliases: z.array(z.string().trim().min(1).max(limits.nameLength)).max(1_000),
  affiliations: z.array(AffiliationSchema).max(1_000),
  notes: z.string().max(limits.noteLength),
  created: TimestampSchema,
  modified: TimestampSchema,
});
export type Actor = z.infer<typeof ActorSchema>;
