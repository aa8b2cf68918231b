import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';

export function pageUrl(path: `/${string}`): string {
  return (browser.runtime.getURL as (p: string) => string)(path);
}

/** One next step after naming a feeling: the article's other tools. */
export function NextSteps() {
  return (
    <nav aria-labelledby="next-title" className="next">
      <h2 id="next-title">{t('popup_nextTitle')}</h2>
      <ul className="plain">
        <li>
          <a href={pageUrl('/reframe.html')} target="_blank" rel="noreferrer">
            {t('popup_nextReframe')}
          </a>
        </li>
        <li>
          <a href={pageUrl('/options.html#inner-file')} target="_blank" rel="noreferrer">
            {t('popup_nextInnerFile')}
          </a>
        </li>
        <li>
          <a href={pageUrl('/newtab.html#step')} target="_blank" rel="noreferrer">
            {t('popup_nextStep')}
          </a>
        </li>
      </ul>
    </nav>
  );
}
