import { setRemote } from '../git-repo.ts';
import { CredentialError } from './credential-error.ts';

/**
 * The vault's key for a remote: scheme, host (lower case, default port dropped) and path without trailing
 * slashes. A URL carrying a user or password is refused (never stored, never keyed): isomorphic-git would use
 * those credentials, and git's config would keep them in clear.
 */
export function remoteKey(remoteUrl: string): string {
  let url: URL;
  try {
    url = new URL(remoteUrl);
  } catch {
    throw new CredentialError('bad-url');
  }
  if (url.username || url.password) throw new CredentialError('url-has-credentials', { host: url.host });
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new CredentialError('bad-url', { host: url.host });
  // `?private_token=…` is a way some servers take a token: refused like userinfo (git remotes have no query).
  if (url.search || url.hash) throw new CredentialError('bad-url', { host: url.host });
  return `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, '')}`;
}

/**
 * setRemote (which writes the URL into .git/config as given) behind remoteKey's check: the sync records a
 * remote through this, so a URL with a token is refused before anything is written.
 */
export async function setRemoteChecked(dir: string, remoteUrl: string): Promise<void> {
  remoteKey(remoteUrl);
  await setRemote(dir, remoteUrl);
}
