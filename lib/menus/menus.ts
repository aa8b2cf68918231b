import type { MessageKey } from '../i18n';

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
