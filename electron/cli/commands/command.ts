import type { Translate } from '../../../shared/i18n/i18n.ts';
import type { Language } from '../../../shared/i18n/languages.ts';
import type { Coder } from '../../../shared/model/coder.ts';
import type { CliArgs } from '../cli-args.ts';

/** What every command is given: its arguments, the project folder, who the user is, and how to speak. */
export interface CommandContext {
  args: CliArgs;
  /** The project folder (--project), resolved; it holds a project.json. */
  dir: string;
  coder: Coder;
  t: Translate;
  language: Language;
  out: (text: string) => void;
  err: (text: string) => void;
}

/** What a command that reads a file alone (no project) is given. */
export type FileCommandContext = Omit<CommandContext, 'dir' | 'coder'>;

/** A command run on a file with no project (`agreement --table`): the same contract as Command. */
export type FileCommand = (context: FileCommandContext) => Promise<number>;

/** A CLI command: returns its exit status (see exitCodes); a thrown error is a refusal. */
export type Command = (context: CommandContext) => Promise<number>;

/** Exit statuses: 0 done, 1 the input was refused (nothing changed), 2 a usage error. */
export const exitCodes = { ok: 0, refused: 1, usage: 2 } as const;
