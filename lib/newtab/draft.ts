import * as v from 'valibot';
import { browser } from 'wxt/browser';

/**
 * The reflection being written on the new tab. Kept in extension storage (not the database):
 * one small value, written on every change, so it survives closing the tab or a crash, and
 * `storage.onChanged` carries it to every other open new tab.
 */
export const draftSchema = v.object({
  promptId: v.string(),
  prompt: v.string(),
  text: v.string(),
  updatedAt: v.number(),
  /** The tab that wrote it, so a tab can ignore the echo of its own writes. */
  writer: v.string(),
});
export type Draft = v.InferOutput<typeof draftSchema>;

import { DRAFT_KEY } from './keys';

export { DRAFT_KEY };

export function parseDraft(raw: unknown): Draft | undefined {
  const parsed = v.safeParse(draftSchema, raw);
  return parsed.success ? parsed.output : undefined;
}

export async function loadDraft(): Promise<Draft | undefined> {
  const got = await browser.storage.local.get(DRAFT_KEY);
  return parseDraft(got[DRAFT_KEY]);
}

/**
 * Clearing writes an empty draft with its time rather than removing the key, so a tab that
 * typed after the clear can tell its words are newer and keep them.
 */
export function emptyDraft(writer: string, now = Date.now()): Draft {
  return { promptId: '', prompt: '', text: '', updatedAt: now, writer };
}

/** Calls back when another tab writes or clears the draft. */
export function watchDraft(self: string, callback: (draft: Draft) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(DRAFT_KEY in changes)) return;
    const next = parseDraft(changes[DRAFT_KEY]?.newValue);
    if (!next || next.writer === self) return;
    callback(next);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/**
 * Writes drafts one at a time, always the latest: typing fast never queues a backlog, and a
 * slow write can't land after a newer one.
 */
export function draftWriter(): { save(draft: Draft): Promise<void>; flush(): Promise<void> } {
  let pending: Draft | undefined;
  let running: Promise<void> | undefined;
  const run = async () => {
    while (pending) {
      const next = pending;
      pending = undefined;
      await browser.storage.local.set({ [DRAFT_KEY]: next });
    }
    running = undefined;
  };
  return {
    save(draft) {
      pending = draft;
      running ??= run();
      return running;
    },
    flush() {
      return running ?? Promise.resolve();
    },
  };
}

/**
 * Which text a tab should show when another tab's draft arrives: the newer one wins, so two
 * tabs open on the same draft converge on what was typed last, wherever it was typed.
 */
export function mergeIncoming(local: Draft | undefined, incoming: Draft): Draft {
  return !local || incoming.updatedAt >= local.updatedAt ? incoming : local;
}
