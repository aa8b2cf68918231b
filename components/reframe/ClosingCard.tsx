import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';

/** After a save: the article's three closing questions, asked together in the journal. */
export function ClosingCard() {
  return (
    <section aria-labelledby="closing-title" className="step card" data-testid="closing">
      <h2 id="closing-title">{t('reframe_closingTitle')}</h2>
      <p>{t('newtab_p_closing_three')}</p>
      <a href={(browser.runtime.getURL as (p: string) => string)('/newtab.html?prompt=closing-three')}>
        {t('reframe_closingLink')}
      </a>
    </section>
  );
}
