let last = 0;

/**
 * The time a new document is added, as an ISO timestamp that is never equal
 * to or earlier than the one before it in this process: files imported
 * together are added within the same millisecond, and the Library's "order
 * added" (the creation time) must keep them in the order they were chosen.
 */
export function creationTime(now = Date.now()): string {
  last = Math.max(now, last + 1);
  return new Date(last).toISOString();
}
