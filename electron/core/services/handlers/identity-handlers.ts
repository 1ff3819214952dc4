import type { Handlers } from '../../../../shared/ipc/contract.ts';
import type { ProjectSession } from '../project-session.ts';

type IdentityHandlers = Pick<Handlers, 'getIdentity' | 'setCoderName'>;

/** Who is annotating: asked for on first run, shown in the top bar, changed in Settings. */
export function identityHandlers(session: ProjectSession): IdentityHandlers {
  return {
    async getIdentity() {
      return { coder: { ...session.coder }, confirmed: session.identity.confirmed };
    },

    async setCoderName({ name }) {
      await session.renameCoder(name);
      return session.store.info();
    },
  };
}
