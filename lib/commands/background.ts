import { browser } from 'wxt/browser';
import { handleCommand, selectionInPage } from './press';

/** A shortcut pressed, with the browser's tabs, scripting and session storage. */
export function onCommand(command: string): Promise<string | undefined> {
  return handleCommand(command, {
    readSelection: async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined) return '';
      const [result] = await browser.scripting.executeScript({
        target: { tabId: tab.id },
        func: selectionInPage,
      });
      return typeof result?.result === 'string' ? result.result : '';
    },
    setSession: (items) => browser.storage.session.set(items),
    openTab: (url) => browser.tabs.create({ url }),
    pageUrl: (path) => (browser.runtime.getURL as (p: string) => string)(path),
  });
}

/** Keyboard shortcuts: reframe the selection (read only on that key press), open the journal. */
export function setupCommands(): void {
  browser.commands.onCommand.addListener((command) => void onCommand(command));
}
