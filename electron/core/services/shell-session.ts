import { fallbackLanguage, type Language } from '../../../shared/i18n/languages.ts';
import { loadCoderIdentity, saveIdentity } from '../user-settings.ts';
import { Identity } from './identity.ts';
import { ProjectSession } from './project-session.ts';

/**
 * The session of a shell (the Electron window, the loopback server): the
 * coder of this machine from settings.json in `configDir` (`name` from
 * --coder wins), kept there when the researcher changes it. `systemLanguage`
 * (Electron's locale; the environment's LANG for the server) words a new
 * project's content when the researcher chose no language.
 */
export async function sessionForShell(
  configDir: string,
  name?: string,
  systemLanguage: Language = fallbackLanguage,
): Promise<ProjectSession> {
  const found = await loadCoderIdentity(configDir, name);
  const identity = new Identity(found.coder, found.confirmed, (next) => saveIdentity(configDir, next), found.language);
  return new ProjectSession(found.coder, undefined, identity, systemLanguage);
}
