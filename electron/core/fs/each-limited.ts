/**
 * Runs `task` on every item, at most `limit` at a time, and settles only
 * when every started task has: on a failure no further tasks start, the
 * ones in flight finish, then the first error is thrown. Used for a
 * change's many fsyncs: the disk commits concurrent flushes together (one
 * journal commit for many files on ext4, APFS and NTFS alike), which makes
 * a 10,000-document import take seconds instead of minutes, while every
 * file is still flushed before the step that depends on it.
 */
export async function eachLimited<T>(
  items: readonly T[],
  limit: number,
  task: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  let failed = false;
  let firstError: unknown;
  async function worker(): Promise<void> {
    while (!failed && next < items.length) {
      const index = next++;
      try {
        await task(items[index] as T, index);
      } catch (error) {
        if (!failed) firstError = error;
        failed = true;
      }
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  if (failed) throw firstError;
}
