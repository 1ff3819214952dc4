import { stringifyPretty, stringifyRecords } from '../model/store-json.ts';

/** The two ways the store writes its files (shared/model/store-json.ts): a merged file is what the store would write. */
export type StoreFormat = 'pretty' | 'records';

export function stringifyStoreFile(data: unknown, format: StoreFormat): string {
  return format === 'pretty' ? stringifyPretty(data) : stringifyRecords(data);
}
