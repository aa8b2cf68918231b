/**
 * Painting a first-view snapshot in the boot script, before the page's modules load. The markup
 * was drawn by React from the person's own data (text escaped), and the extension's content
 * security policy runs no inline script; still, anything that could run or load is dropped, so
 * a snapshot can only ever paint.
 */
import { applyStoredTheme } from '../boot';
import { buildId, readSnapshot, type Snapshot, type SnapshotPage } from './store';

const DROP = 'script,iframe,frame,object,embed,link,style,meta,base,form,svg,math';
const URL_ATTRS = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'srcset']);

/** Removes elements and attributes that could run code or load anything. */
export function defuse(root: DocumentFragment | Element): void {
  for (const el of [...root.querySelectorAll(DROP)]) el.remove();
  for (const el of [...root.querySelectorAll('*')]) {
    for (const { name, value } of [...el.attributes]) {
      const n = name.toLowerCase();
      if (n.startsWith('on') || n === 'style') el.removeAttribute(name);
      else if (
        URL_ATTRS.has(n) &&
        !/^(?:https:|chrome-extension:|moz-extension:|\/|\.|#|[a-z0-9-]+\.html)/i.test(value.trim())
      )
        el.removeAttribute(name);
    }
  }
}

/**
 * Shows a snapshot's markup in `root`, inert (nothing to click or type into until React takes
 * over and replaces it in one commit: components/mount.tsx).
 */
export function paintSnapshot(root: HTMLElement, html: string): void {
  const template = root.ownerDocument.createElement('template');
  template.innerHTML = html;
  defuse(template.content);
  root.replaceChildren(template.content);
  root.inert = true;
  root.dataset.snapshot = '1';
}

/**
 * The boot script's fast path: paints the page's snapshot if it is current and returns its first
 * read for the hand-off; undefined (nothing painted) when there is none to trust. A link that
 * asks for something particular (a query) always takes the full path.
 */
export function paintFromSnapshot<T extends { stored: Record<string, unknown> }>(
  page: SnapshotPage,
  now: number,
  lang: string,
): Snapshot<T> | undefined {
  try {
    const root = document.getElementById('root');
    if (!root || location.search) return undefined;
    const snap = readSnapshot<T>(localStorage, page, { build: buildId(document), lang, now });
    if (!snap) return undefined;
    applyStoredTheme(snap.first.stored?.settings, document.documentElement);
    document.documentElement.lang = lang;
    document.title = snap.title;
    paintSnapshot(root, snap.html);
    // Tests and the bench tell a painted snapshot from a full read by this mark.
    performance.mark('snapshot');
    return snap;
  } catch (error) {
    console.error(error);
    return undefined;
  }
}

/**
 * Calls `then` once the painted snapshot has had a frame on screen: React's code, compiled and
 * run straight after the boot script, would otherwise hold the first paint until its own first
 * render. (A tab opened in the background gets no frames: then after 100 ms.)
 */
export function afterPaint(then: () => void): void {
  let done = false;
  const go = () => {
    if (done) return;
    done = true;
    then();
  };
  setTimeout(go, 100);
  requestAnimationFrame(() => setTimeout(go, 0));
}
