import { type Language, languageNames, languages } from '../../../../shared/i18n/languages.ts';
import { showLanguage, useT } from '../../i18n/i18n.ts';
import { requireApi } from '../../store/api.ts';
import { useAppStore } from '../../store/app-store.ts';
import { messageOf } from '../../store/notice-slice.ts';

/**
 * The window's language: changed at once (every view re-renders in it; the
 * open document, selection and dialogs stay), then remembered for this user.
 */
export function LanguageSwitch() {
  const { t, language } = useT();
  const notify = useAppStore((s) => s.notify);
  const choose = async (next: Language) => {
    await showLanguage(next);
    try {
      await requireApi().setLanguage({ language: next });
    } catch (error) {
      notify('error', t('settings:languageNotSaved', { reason: messageOf(error) }));
    }
  };
  return (
    <label>
      {t('settings:language')}
      <select value={language} onChange={(e) => void choose(e.target.value as Language)}>
        {languages.map((l) => (
          <option key={l} value={l} lang={l}>
            {languageNames[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
