import { browser } from 'wxt/browser';

/** On first install, the one-screen welcome (a section of the options page). */
export function setupWelcome(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') {
      void browser.tabs.create({
        url: (browser.runtime.getURL as (p: string) => string)('/options.html#welcome'),
      });
    }
  });
}
