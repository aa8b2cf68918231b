import type { MessageKey } from '../i18n';
import { HANDOFF_KEY, makeHandoff } from '../reframe/handoff';
import { loadCrisisCheck } from '../safety/crisis';

/** Every context-menu item the extension adds, declared once; the background only wires them. */
export interface MenuItem {
  id: string;
  titleKey: MessageKey;
  /** Chrome/Firefox menu contexts. "selection" covers selected text in pages and in editable fields. */
  contexts: ['selection'];
}

export const MENUS: readonly MenuItem[] = [
  { id: 'reframe-selection', titleKey: 'reframe_menu', contexts: ['selection'] },
];

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

/** Creates every menu item; called on install and update (Chrome keeps them across restarts). */
export async function installMenus(
  api: {
    removeAll(): Promise<void> | void;
    create(props: { id: string; title: string; contexts: ['selection'] }): unknown;
  },
  title: (key: MessageKey) => string,
): Promise<void> {
  await api.removeAll();
  for (const item of MENUS) api.create({ id: item.id, title: title(item.titleKey), contexts: item.contexts });
}
