import type { Coder } from '../../../shared/model/coder.ts';
import type { Language } from '../../../shared/i18n/languages.ts';
import type { CoderIdentity } from '../user-settings.ts';
import { isCuratedLayer } from '../../../shared/curation/curation-types.ts';
import { ApiError } from '../../../shared/ipc/errors.ts';
import { message } from '../../../shared/i18n/message.ts';

/** A session's coder may never be the curated layer: its work would pass for the team's curated result. */
export function requireSessionCoder(coder: Coder): void {
  if (isCuratedLayer(coder.id)) throw new ApiError('invalid-input', message('curation:error-reservedCoderId'));
}

/**
 * Who annotates in this process: the coder (its id never changes, so every
 * annotation keeps pointing at the same person) and whether the researcher
 * gave the name themselves. The shells pass how to keep it (settings.json);
 * tests keep it in memory.
 */
export class Identity {
  constructor(
    /** Shared with the session and its store: a new name shows everywhere at once. */
    readonly coder: Coder,
    public confirmed = true,
    private readonly persist: (identity: CoderIdentity) => Promise<void> = async () => {},
    /** The language chosen in Settings; null follows the system's. */
    public language: Language | null = null,
  ) {
    requireSessionCoder(coder);
  }

  /** Sets the display name, kept first where the shell keeps it, then in memory. */
  async rename(name: string): Promise<void> {
    await this.persist({ coder: { id: this.coder.id, name }, confirmed: true, language: this.language });
    this.coder.name = name;
    this.confirmed = true;
  }

  /** Sets the window's language, remembered for this user. */
  async setLanguage(language: Language): Promise<void> {
    await this.persist({ coder: { ...this.coder }, confirmed: this.confirmed, language });
    this.language = language;
  }
}
