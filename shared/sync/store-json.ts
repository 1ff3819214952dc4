/**
 * The two ways the store writes its files, reproduced here so a merged file
 * is byte-for-byte what the store itself would write (shared/ cannot import
 * electron/). `records` is electron/core/fs/stringify-records.ts, `pretty`
 * the `pretty` of electron/core/store/store-writes.ts; store-json.test.ts
 * holds them to the same output.
 */
export type StoreFormat = 'pretty' | 'records';

export function stringifyStoreFile(data: unknown, format: StoreFormat): string {
  return format === 'pretty' ? `${JSON.stringify(data, null, 2)}\n` : stringifyRecords(data);
}

/** Top-level keys each on their line, every element of a top-level array on its own line, compactly. */
function stringifyRecords(data: unknown): string {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return `${JSON.stringify(data)}\n`;
  const fields = Object.entries(data).map(([key, value]) => {
    const body = Array.isArray(value)
      ? value.length === 0
        ? '[]'
        : `[\n${value.map((item) => JSON.stringify(item)).join(',\n')}\n]`
      : JSON.stringify(value);
    return `${JSON.stringify(key)}: ${body}`;
  });
  return `{\n${fields.join(',\n')}\n}\n`;
}
