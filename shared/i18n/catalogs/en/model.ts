/**
 * English: the words of the model — stances, actor types, the default codebook and link types. Keys are the
 * contract between code and catalogs (see catalogs.test.ts). Stance and type keys are the model's own values
 * (`model:stance-supports`), so code words them with t(`model:stance-${stance}`).
 */
export const model = {
  'stance-supports': 'Supports',
  'stance-opposes': 'Opposes',
  'stance-neutral': 'Neutral',
  'stance-unclear': 'Unclear',
  'actorType-person': 'Person',
  'actorType-agency': 'State body or agency',
  'actorType-state': 'State',
  'actorType-organization': 'International organisation',
  'actorType-media': 'Media outlet',
  'actorType-other': 'Other',
} satisfies Record<string, string>;
