import { HANDOFF_KEY, makeHandoff } from '../reframe/handoff';
import { loadCrisisCheck } from '../safety/crisis';

/** What a click handler may touch: injected, so unit tests call the handler with fakes. */
export interface MenuDeps {
  setSession(items: Record<string, unknown>): Promise<void>;
  openTab(url: string): Promise<unknown>;
  pageUrl(path: string): string;
  now?: () => number;
}

/** The parts of `contextMenus.OnClickData` the handlers read. */
export interface MenuClick {
  menuItemId: string | number;
  selectionText?: string;
}

/**
 * Handles a context-menu click. "Reframe this" puts the selection (cut to 2,000 characters) in
 * session storage, never in a URL or a web page, and opens reframe.html to read it once.
 * Returns the id handled, or undefined for clicks that aren't ours.
 */
export async function handleMenuClick(info: MenuClick, deps: MenuDeps): Promise<string | undefined> {
  if (info.menuItemId !== 'reframe-selection') return undefined;
  // The whole selection is checked here, words beyond the 2,000 the page shows included.
  // If it cannot load, the direct words still check the selection.
  await loadCrisisCheck().catch(() => undefined);
  const handoff = makeHandoff(info.selectionText ?? '', deps.now?.() ?? Date.now());
  await deps.setSession({ [HANDOFF_KEY]: handoff });
  await deps.openTab(deps.pageUrl('/reframe.html?from=session'));
  return info.menuItemId;
}
