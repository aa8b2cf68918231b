import { handleMenuClick, type MenuDeps } from '../menus/click';

export interface CommandDeps extends MenuDeps {
  /** Reads the selection in the active tab (activeTab: only on this key press). '' when none. */
  readSelection(): Promise<string>;
}

/**
 * Handles a shortcut: reframing the selection takes the same hand-off as the context menu; the
 * journal opens the new tab's draft. Returns the command handled, or undefined.
 */
export async function handleCommand(command: string, deps: CommandDeps): Promise<string | undefined> {
  if (command === 'reframe-selection') {
    const text = await deps.readSelection().catch(() => '');
    await handleMenuClick({ menuItemId: 'reframe-selection', selectionText: text }, deps);
    return command;
  }
  if (command === 'open-journal') {
    await deps.openTab(deps.pageUrl('/newtab.html#journal'));
    return command;
  }
  return undefined;
}

/** Runs in the page (scripting.executeScript): the selection, including inside a text field. */
export function selectionInPage(): string {
  const el = document.activeElement;
  if ((el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) && el.selectionStart !== null) {
    return el.value.slice(el.selectionStart, el.selectionEnd ?? el.selectionStart);
  }
  return String(window.getSelection() ?? '');
}
