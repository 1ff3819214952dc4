import { callNames } from '../../../shared/ipc/call-names.ts';
import type { RawApi } from '../../../shared/ipc/contract.ts';
import type { Envelope } from '../../../shared/ipc/errors.ts';
import { message } from '../../../shared/i18n/message.ts';

/** Must match electron/server: the header that carries the per-run token. */
const TOKEN_HEADER = 'x-glossator-token';

/**
 * The contract over the loopback server, for a browser: POST /api/<call>
 * with the token. Answers are the same envelopes the Electron preload
 * returns; a dead server becomes an `io` failure, not an exception.
 */
export function createHttpTransport(token: string): RawApi {
  const api: Record<string, (input: unknown) => Promise<Envelope<unknown>>> = {};
  for (const name of callNames) {
    api[name] = async (input) => {
      let response: Response;
      try {
        response = await fetch(`/api/${name}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token },
          body: JSON.stringify(input ?? {}),
        });
      } catch {
        return {
          ok: false,
          error: { code: 'io', message: 'Glossator’s server is not answering. Is `npm run serve` still running?' },
        };
      }
      try {
        return (await response.json()) as Envelope<unknown>;
      } catch {
        return {
          ok: false,
          error: {
            code: 'internal',
            message: `The server answered ${response.status} without data.`,
            text: message('notices:serverNoData', { status: response.status }),
          },
        };
      }
    };
  }
  return api as RawApi;
}
