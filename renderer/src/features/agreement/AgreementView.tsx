import { useT } from '../../i18n/i18n.ts';

// TEMPORARY (replaced during this session): the view's place in the app, before the view itself.
export function AgreementView() {
  const { t } = useT();
  return (
    <main className="view agreement-view">
      <h1>{t('agreement:title')}</h1>
    </main>
  );
}
