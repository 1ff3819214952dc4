import type { StateCreator } from 'zustand';
import type { Actor } from '../../../shared/model/actor.ts';
import type { CallInput } from '../../../shared/ipc/contract.ts';
import { emptyChangeSet } from '../../../shared/ipc/change-set.ts';
import type { ActorMentions } from '../../../shared/ipc/results.ts';
import { compareNames } from '../../../shared/text/compare-names.ts';
import { requireApi } from './api.ts';
import type { AppState } from './app-store.ts';
import { messageOf } from './notice-slice.ts';
import { performanceMarks } from './performance-marks.ts';
import { t } from '../i18n/i18n.ts';

export interface ActorSlice {
  /** The registry, by name. */
  actors: Actor[];
  /** The actor view's data, for the actor it shows. */
  actorMentions: ActorMentions | null;
  loadActors: () => Promise<void>;
  loadActorMentions: (actorId: string) => Promise<void>;
  /** Adds an actor (and a mention from the selection); returns it, or an error message. */
  createActor: (input: CallInput<'createActor'>) => Promise<Actor | string>;
  updateActor: (input: CallInput<'updateActor'>) => Promise<string | null>;
  deleteActor: (actorId: string) => Promise<string | null>;
  mergeActors: (fromId: string, intoId: string) => Promise<string | null>;
}

export function sortActors(actors: Actor[]): Actor[] {
  return actors.sort((a, b) => compareNames(a.name, b.name));
}

export const createActorSlice: StateCreator<AppState, [], [], ActorSlice> = (set, get) => ({
  actors: [],
  actorMentions: null,
  loadActors: async () => {
    set({ actors: await requireApi().listActors({}) });
  },
  loadActorMentions: async (actorId) => {
    performance.mark(performanceMarks.actorViewStart);
    try {
      set({ actorMentions: await requireApi().getActorMentions({ actorId }) });
    } catch (error) {
      set({ actorMentions: null });
      get().notify('error', t('notices:couldNotShowActor', { reason: messageOf(error) }));
    }
  },
  createActor: async (input) => {
    try {
      const { actor, annotation } = await requireApi().createActor(input);
      get().applyChange({
        ...emptyChangeSet(),
        actors: [actor],
        annotations: annotation ? [annotation] : [],
      });
      return actor;
    } catch (error) {
      return messageOf(error);
    }
  },
  updateActor: async (input) => {
    try {
      const actor = await requireApi().updateActor(input);
      get().applyChange({ ...emptyChangeSet(), actors: [actor] });
      return null;
    } catch (error) {
      return messageOf(error);
    }
  },
  deleteActor: async (actorId) => {
    try {
      get().applyChange(await requireApi().deleteActor({ actorId }));
      return null;
    } catch (error) {
      return messageOf(error);
    }
  },
  mergeActors: async (fromId, intoId) => {
    try {
      get().applyChange(await requireApi().mergeActors({ fromId, intoId }));
      return null;
    } catch (error) {
      return messageOf(error);
    }
  },
});
