import { isLanguage } from '../../../shared/i18n/languages.ts';
import { showLanguage } from './i18n.ts';

/** The event the Electron shell sends when View → Language is chosen; its detail is the language. */
export const languageEvent = 'glossator:language';

/**
 * Switches the window's language when the shell says so (View → Language in
 * Electron): at once, without a reload. The choice is already remembered by
 * the shell; anything but a known language is ignored. Returns the unlisten.
 */
export function listenForLanguage(target: Pick<Window, 'addEventListener' | 'removeEventListener'> = window) {
  const listener = (event: Event) => {
    const language = (event as CustomEvent<unknown>).detail;
    if (isLanguage(language)) void showLanguage(language);
  };
  target.addEventListener(languageEvent, listener);
  return () => target.removeEventListener(languageEvent, listener);
}
