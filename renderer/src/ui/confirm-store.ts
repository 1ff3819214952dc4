import { create } from 'zustand';

export interface ConfirmRequest {
  message: string;
  /** The action's name on its button ("Delete"), so the question is answered by what it does; OK (worded by ConfirmHost) when none is given. */
  confirmLabel: string | null;
  /** A destructive action: its button says so by its colour. */
  danger: boolean;
  answer: (yes: boolean) => void;
}

/** The question on screen, if any: one at a time, answered by ConfirmHost. */
export const useConfirmStore = create<{ request: ConfirmRequest | null }>(() => ({ request: null }));

/**
 * Asks the user to confirm, in the app's own dialog (not the browser's
 * confirm(), which blocks the page, looks foreign and cannot be styled or
 * translated). Resolves true for the action, false for Cancel or Escape.
 */
export function askToConfirm(
  message: string,
  options: { confirmLabel?: string; danger?: boolean } = {},
): Promise<boolean> {
  // A question still open is answered "no": only the newest is on screen.
  useConfirmStore.getState().request?.answer(false);
  return new Promise((resolve) => {
    useConfirmStore.setState({
      request: {
        message,
        confirmLabel: options.confirmLabel ?? null,
        danger: options.danger ?? false,
        answer: (yes) => {
          useConfirmStore.setState({ request: null });
          resolve(yes);
        },
      },
    });
  });
}

/** True while a question waits for its answer (the Reader's keys keep still). */
export function isConfirming(): boolean {
  return useConfirmStore.getState().request !== null;
}
