import { describe, expect, it } from 'vitest';
import { windowCommandEvent, windowCommandScript } from '../../../../shared/ipc/window-commands.ts';
import { listenForWindowCommands } from './window-command-events.ts';

describe("the shell's menu commands in the window", () => {
  it('runs the known commands and ignores anything else, until unlistened', () => {
    const target = new EventTarget();
    const ran: string[] = [];
    const stop = listenForWindowCommands((c) => ran.push(c), target as never);
    const send = (detail: unknown) => target.dispatchEvent(new CustomEvent(windowCommandEvent, { detail }));
    send('exportBundle');
    send('importBundle');
    send('cloneSharedProject');
    send('deleteEverything');
    send({ toString: () => 'exportBundle' });
    send(null);
    stop();
    send('exportBundle');
    expect(ran).toEqual(['exportBundle', 'importBundle', 'cloneSharedProject']);
  });

  it('is given by a script naming only the command, quoted', () => {
    expect(windowCommandScript('importBundle')).toBe(
      'window.dispatchEvent(new CustomEvent("glossator:command", { detail: "importBundle" }))',
    );
  });
});
