import { createClient } from '../../../shared/ipc/client.ts';
import type { Api, RawApi } from '../../../shared/ipc/contract.ts';
import { createHttpTransport } from './http-transport.ts';
import { t } from '../i18n/i18n.ts';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in a browser. */
    api?: RawApi;
  }
}

const TOKEN_KEY = 'glossator-token';

/**
 * Finds the way to the core: the Electron preload's `window.api`, or the
 * loopback server, whose token arrives once in the address fragment
 * (#token=…) and is kept for this tab so a reload still works.
 */
function connect(): Api | null {
  if (window.api) return createClient(window.api);
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', `${location.pathname}#/`);
  }
  const token = sessionStorage.getItem(TOKEN_KEY);
  return token ? createClient(createHttpTransport(token)) : null;
}

/** The api, or null when this page was opened without a token. */
export const api: Api | null = connect();

/**
 * How this window reaches the core, for what is not a contract call (files:
 * renderer/src/files): Electron's preload, or the loopback server with its token.
 */
export const transport: { kind: 'ipc' } | { kind: 'http'; token: string } | null = window.api
  ? { kind: 'ipc' }
  : api
    ? { kind: 'http', token: sessionStorage.getItem(TOKEN_KEY) ?? '' }
    : null;

/** The api, for actions that only run once the app has started. */
export function requireApi(): Api {
  if (!api) throw new Error(t('notices:notConnected'));
  return api;
}
