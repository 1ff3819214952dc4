import { isWindowCommand, type WindowCommand, windowCommandEvent } from '../../../../shared/ipc/window-commands.ts';

/**
 * Runs the shell's menu commands (File → Export / Import bundle…, Clone
 * Shared Project… in Electron) as they arrive: a page event whose detail names the command;
 * anything else is ignored. Returns the unlisten.
 */
export function listenForWindowCommands(
  run: (command: WindowCommand) => void,
  target: Pick<Window, 'addEventListener' | 'removeEventListener'> = window,
): () => void {
  const listener = (event: Event) => {
    const command = (event as CustomEvent<unknown>).detail;
    if (isWindowCommand(command)) run(command);
  };
  target.addEventListener(windowCommandEvent, listener);
  return () => target.removeEventListener(windowCommandEvent, listener);
}
