/**
 * Commands the Electron shell's menu gives the window (File → Export
 * bundle…, File → Import bundle…, File → Clone Shared Project…). The shell dispatches a DOM event in the
 * page, as it does for View → Language, so the preload exposes nothing more:
 * the event carries only one of these names, and the window ignores any other.
 */
export const windowCommandEvent = 'glossator:command';

export const windowCommands = ['exportBundle', 'importBundle', 'cloneSharedProject'] as const;
export type WindowCommand = (typeof windowCommands)[number];

export function isWindowCommand(value: unknown): value is WindowCommand {
  return typeof value === 'string' && (windowCommands as readonly string[]).includes(value);
}

/** The script the shell runs in the page to give it a command (the name is one of ours, quoted as JSON). */
export function windowCommandScript(command: WindowCommand): string {
  return `window.dispatchEvent(new CustomEvent(${JSON.stringify(windowCommandEvent)}, { detail: ${JSON.stringify(command)} }))`;
}
