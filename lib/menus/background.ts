import { browser } from 'wxt/browser';
import { t } from '../i18n';
import { handleMenuClick, type MenuClick } from './click';
import { installMenus } from './menus';

/** A click on "Reframe this", with the browser's session storage and tabs. */
export function onMenuClick(info: MenuClick): Promise<string | undefined> {
  return handleMenuClick(info, {
    setSession: (items) => browser.storage.session.set(items),
    openTab: (url) => browser.tabs.create({ url }),
    pageUrl: (path) => (browser.runtime.getURL as (p: string) => string)(path),
  });
}

/** "Reframe this": the declared menus, and clicks routed to the pure handler. */
export function setupMenus(): void {
  // Chrome keeps menus across restarts; Firefox doesn't, so rebuild them on startup too.
  const menus = () => void installMenus(browser.contextMenus, t);
  browser.runtime.onInstalled.addListener(menus);
  browser.runtime.onStartup.addListener(menus);
  browser.contextMenus.onClicked.addListener((info) => void onMenuClick(info));
}
