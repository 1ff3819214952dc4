/**
 * What the sample project put in is known by its ids: every document,
 * actor and concept of resources/sample-project.json has one beginning
 * with "sample-". Ids Glossator makes are UUIDs, so nothing of the user's
 * own can carry it (sample-project.test.ts checks the file keeps to it).
 */
export const SAMPLE_ID_PREFIX = 'sample-';

export function isSampleId(id: string): boolean {
  return id.startsWith(SAMPLE_ID_PREFIX);
}
