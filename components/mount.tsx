import { type ReactNode, StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { type MessageKey, t, uiLanguage } from '@/lib/i18n';
import { carryTyped, typedInSnapshot } from '@/lib/snapshot/paint';
import { watchStorageWrites } from '@/lib/snapshot/writes';
import { ErrorBoundary } from './ErrorBoundary';
import './theme.css';

/** Mounts a page's React tree and gives the document its localized language and title. */
export function mount(node: ReactNode, titleKey: MessageKey): void {
  document.documentElement.lang = uiLanguage();
  document.title = t(titleKey);
  const root = document.getElementById('root');
  if (!root) throw new Error('missing #root');
  // The first render is synchronous: the page's data is already read, so show it now rather
  // than after a scheduler tick.
  // A painted snapshot (lib/snapshot/paint.ts) is replaced in this same commit: no frame between.
  const typed = typedInSnapshot(root);
  const reactRoot = createRoot(root);
  flushSync(() =>
    reactRoot.render(
      <StrictMode>
        <ErrorBoundary dataLink>{node}</ErrorBoundary>
      </StrictMode>,
    ),
  );
  delete root.dataset.snapshot;
  carryTyped(root, typed);
  watchStorageWrites();
}
