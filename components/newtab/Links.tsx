import type { MouseEvent } from 'react';
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';

export function pageUrl(path: `/${string}`): string {
  return (browser.runtime.getURL as (p: string) => string)(path);
}

/** The popup's own form in a small window: the same place to name a feeling, no second copy. */
async function openNameFeeling(e: MouseEvent<HTMLAnchorElement>) {
  if (!browser.windows?.create) return; // the link itself opens it in a tab
  e.preventDefault();
  try {
    await browser.windows.create({ url: pageUrl('/popup.html'), type: 'popup', width: 420, height: 640 });
  } catch {
    window.open(pageUrl('/popup.html'), '_blank', 'noopener');
  }
}

/** Ways to the article's other tools. */
export function Links() {
  return (
    <nav aria-labelledby="links-title" className="links">
      <h2 id="links-title" className="visually-hidden">
        {t('newtab_linksTitle')}
      </h2>
      <ul className="row plain">
        <li>
          <a href={pageUrl('/popup.html')} target="_blank" rel="noreferrer" onClick={openNameFeeling}>
            {t('newtab_linkName')}
          </a>
        </li>
        <li>
          <a href={pageUrl('/reframe.html')}>{t('newtab_linkReframe')}</a>
        </li>
        <li>
          <a href={pageUrl('/options.html#inner-file')}>{t('newtab_linkInnerFile')}</a>
        </li>
      </ul>
    </nav>
  );
}

export function SettingsLink() {
  return (
    <a className="settings-link" href={pageUrl('/options.html#settings')}>
      {t('newtab_settings')}
    </a>
  );
}
