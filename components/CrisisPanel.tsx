import { t } from '@/lib/i18n';

/** Crisis resources, shown first and calmly whenever typed or selected text speaks of self-harm. */
export function CrisisPanel() {
  return (
    <section className="crisis fade-in" aria-labelledby="crisis-title" data-testid="crisis">
      <h2 id="crisis-title">{t('crisis_title')}</h2>
      <p>{t('crisis_intro')}</p>
      <ul>
        <li>{t('crisis_us')}</li>
        <li>{t('crisis_uk')}</li>
        <li>{t('crisis_au')}</li>
        <li>{t('crisis_nz')}</li>
        <li>{t('crisis_other')}</li>
      </ul>
      <p>
        <strong>{t('crisis_emergency')}</strong>
      </p>
      <p className="muted">{t('crisis_continue')}</p>
    </section>
  );
}
