import type { Handlers } from '../../../../shared/ipc/contract.ts';
import type { ProjectSession } from '../project-session.ts';

type IdentityHandlers = Pick<Handlers, 'getIdentity' | 'setCoderName' | 'setLanguage'>;

/** Who is annotating: asked for on first run, shown in the top bar, changed in Settings. */
export function identityHandlers(session: ProjectSession): IdentityHandlers {
  return {
    async getIdentity() {
      const { confirmed, language } = session.identity;
      return { coder: { ...session.coder }, confirmed, language };
    },

    async setLanguage({ language }) {
      await session.exclusive(() => session.identity.setLanguage(language));
      return { language };
    },

    async setCoderName({ name }) {
      await session.renameCoder(name);
      return session.store.info();
    },
  };
}
