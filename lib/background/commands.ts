import { browser } from 'wxt/browser';
import { handleCommand, selectionInPage } from '../commands';

/** Keyboard shortcuts: reframe the selection (read only on that key press), open the journal. */
export function setupCommands(): void {
  const onCommand = (command: string) =>
    handleCommand(command, {
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
  browser.commands.onCommand.addListener((command) => void onCommand(command));
  // The e2e tests take the same path a key press takes (headless Chromium can't press shortcuts).
  (globalThis as { redirectionCommand?: typeof onCommand }).redirectionCommand = onCommand;
}
