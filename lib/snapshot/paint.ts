/**
 * Painting a first-view snapshot in the boot script, before the page's modules load. The markup
 * was drawn by React from the person's own data (text escaped), and the extension's content
 * security policy runs no inline script; still, anything that could run or load is dropped, so
 * a snapshot can only ever paint.
 */
import { applyStoredTheme } from '../boot';
import { buildId, readSnapshot, type Snapshot, type SnapshotPage } from './store';

const DROP = 'script,iframe,frame,object,embed,link,style,meta,base,math';
const URL_ATTRS = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'srcset']);

const ownUrl = (v: string) => /^(?:chrome-extension:|moz-extension:|\/|\.|#|[a-z0-9-]+\.html)/i.test(v);

/** Removes elements and attributes that could run code or load anything. */
export function defuse(root: DocumentFragment | Element): void {
  for (const el of [...root.querySelectorAll(DROP)]) el.remove();
  for (const el of [...root.querySelectorAll('*')]) {
    for (const { name, value } of [...el.attributes]) {
      const n = name.toLowerCase();
      if (n.startsWith('on') || n === 'style') el.removeAttribute(name);
      else if (URL_ATTRS.has(n) && !ownUrl(value.trim()) && !(n === 'href' && /^https:/i.test(value.trim())))
        // Only links may point out (to be followed by a person, e.g. findahelpline.com);
        // nothing is loaded from anywhere but the extension.
        el.removeAttribute(name);
    }
  }
}

/** Clicks and submits do nothing on a painted snapshot: its buttons have no code behind them yet. */
const holdStill = (e: Event) => {
  if ((e.currentTarget as HTMLElement).dataset.snapshot) e.preventDefault();
};

/**
 * Shows a snapshot's markup in `root` until React takes over and replaces it in one commit
 * (components/mount.tsx). Its buttons and links do nothing meanwhile; its text fields take
 * typing, and the field that had focus is focused now, so words typed early carry over.
 */
export function paintSnapshot(root: HTMLElement, html: string): void {
  const template = root.ownerDocument.createElement('template');
  template.innerHTML = html;
  defuse(template.content);
  root.replaceChildren(template.content);
  root.dataset.snapshot = '1';
  // mousedown too: a click would otherwise take the focus from the field being typed into.
  root.addEventListener('mousedown', holdStill, true);
  root.addEventListener('click', holdStill, true);
  root.addEventListener('submit', holdStill, true);
  root.querySelector<HTMLElement>('[autofocus]')?.focus();
}

/** The text field focused in a painted snapshot, and what was typed there. */
export interface Typed {
  index: number;
  value: string;
  start: number | null;
  end: number | null;
}

const fields = (root: HTMLElement) => [...root.querySelectorAll<HTMLInputElement>('input, textarea')];

/** Before React replaces the snapshot: the field in use, if words were typed into it. */
export function typedInSnapshot(root: HTMLElement): Typed | undefined {
  if (!root.dataset.snapshot) return undefined;
  const active = root.ownerDocument.activeElement as HTMLInputElement | null;
  const index = active ? fields(root).indexOf(active) : -1;
  if (index < 0 || !active?.value) return undefined;
  return { index, value: active.value, start: active.selectionStart, end: active.selectionEnd };
}

/**
 * After React's first commit: the same field (the markup is the same) gets the words, through an
 * input event so React's state has them too, and the cursor where it was.
 */
export function carryTyped(root: HTMLElement, typed: Typed | undefined): void {
  if (!typed) return;
  const field = fields(root)[typed.index];
  if (!field) return;
  const proto =
    field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(field, typed.value);
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.focus();
  if (typed.start !== null) field.setSelectionRange(typed.start, typed.end ?? typed.start);
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
