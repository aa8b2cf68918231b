import { type ReactNode, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { type MessageKey, t, uiLanguage } from '@/lib/i18n';
import './theme.css';

/** Mounts a page's React tree and gives the document its localized language and title. */
export function mount(node: ReactNode, titleKey: MessageKey): void {
  document.documentElement.lang = uiLanguage();
  document.title = t(titleKey);
  const root = document.getElementById('root');
  if (!root) throw new Error('missing #root');
  createRoot(root).render(<StrictMode>{node}</StrictMode>);
}
