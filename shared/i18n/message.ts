import type { Catalog } from './catalogs/en/index.ts';

/** A key without its plural suffix: `documents_one` and `documents_other` are both `documents`. */
export type PluralBase<K extends string> = K extends `${infer B}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}`
  ? B
  : K;

/** Every message of the catalogs, as `namespace:key`. */
export type MessageKey = { [N in keyof Catalog]: `${N}:${PluralBase<keyof Catalog[N] & string>}` }[keyof Catalog];

export type MessageParams = Record<string, string | number>;

/**
 * What the core says, as a code and its parameters rather than a sentence
 * (VS Code's label/code split): the window or the CLI words it in the
 * user's language. `count` chooses a plural form.
 */
export interface Message {
  key: MessageKey;
  params?: MessageParams;
}

export function message(key: MessageKey, params?: MessageParams): Message {
  return params ? { key, params } : { key };
}

/**
 * A message whose reason is another Message, with no English nested: the
 * outer text names the reason as `$t({{reason}})`, and the reason's
 * parameters go along with the outer ones (same names, same values).
 */
export function because(key: MessageKey, reason: Message, params?: MessageParams): Message {
  return { key, params: { ...reason.params, ...params, reason: reason.key } };
}
