import { browser } from 'wxt/browser';
import { t } from '../i18n';
import { handleMenuClick, installMenus, type MenuClick } from '../menus/menus';

/** "Reframe this": the declared menus, and clicks routed to the pure handler. */
export function setupMenus(): void {
  // Chrome keeps menus across restarts; Firefox doesn't, so rebuild them on startup too.
  const menus = () => void installMenus(browser.contextMenus, t);
  browser.runtime.onInstalled.addListener(menus);
  browser.runtime.onStartup.addListener(menus);
  const onMenuClick = (info: MenuClick) =>
    handleMenuClick(info, {
      setSession: (items) => browser.storage.session.set(items),
      openTab: (url) => browser.tabs.create({ url }),
      pageUrl: (path) => (browser.runtime.getURL as (p: string) => string)(path),
    });
  browser.contextMenus.onClicked.addListener((info) => void onMenuClick(info));
  // The e2e tests drive the same path a click takes (a real context-menu click can't be scripted);
  // only the extension's own pages and worker can reach this scope.
  (globalThis as { redirectionMenuClick?: typeof onMenuClick }).redirectionMenuClick = onMenuClick;
}
