import { useT } from '../../i18n/i18n.ts';

// TEMPORARY (replaced during this session): the view's place in the app, before the view itself.
export function CompareView() {
  const { t } = useT();
  return (
    <main className="view compare-view">
      <h1>{t('compare:title')}</h1>
    </main>
  );
}
