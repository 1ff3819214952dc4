/**
 * `read` applied to each item, in order, with up to `ahead` reads in flight:
 * while one document of a bundle is compared, the next ones are being
 * inflated and our texts read from disk, so reading and comparing overlap.
 * `read` is called in the items' order; results come in that order. Reads
 * still in flight when the consumer stops are left to finish (their
 * failures are not reported twice).
 */
export async function* readAhead<T, R>(
  items: readonly T[],
  ahead: number,
  read: (item: T) => Promise<R>,
): AsyncGenerator<R> {
  const pending: Array<Promise<R>> = [];
  let next = 0;
  const fill = () => {
    while (next < items.length && pending.length < ahead) {
      const reading = read(items[next++] as T);
      reading.catch(() => {});
      pending.push(reading);
    }
  };
  fill();
  while (pending.length > 0) {
    const result = await (pending.shift() as Promise<R>);
    fill();
    yield result;
  }
}
