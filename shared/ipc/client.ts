import { type CallName, callNames } from './call-names.ts';
import type { Api, RawApi } from './contract.ts';
import { unwrapEnvelope } from './errors.ts';

/** Wraps a transport so each call returns its value or throws an ApiError. */
export function createClient(raw: RawApi): Api {
  const api = {} as Record<CallName, (input: unknown) => Promise<unknown>>;
  for (const name of callNames) {
    const send = raw[name] as (input: unknown) => Promise<unknown>;
    api[name] = async (input) => unwrapEnvelope(await send(input));
  }
  return api as Api;
}
