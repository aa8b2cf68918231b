import * as v from 'valibot';
import { detectCrisis } from '../safety/crisis';
import { STORAGE_KEYS } from '../storage-keys';

/** docs/ARCHITECTURE.md, "Reframe hand-off": the reframe hand-off carries at most this many characters. */
export const HANDOFF_MAX = 2000;
/** The key in `browser.storage.session` the context menu writes and reframe.html reads once. */
export const HANDOFF_KEY = STORAGE_KEYS.handoff;

export interface Handoff {
  text: string;
  /** True when the selection was longer than HANDOFF_MAX and was cut. */
  cut: boolean;
  /** The selection's full length in characters. */
  length: number;
  /** Crisis language anywhere in the full selection, including the part that was cut. */
  crisis: boolean;
  at: number;
}

export const handoffSchema = v.object({
  text: v.pipe(v.string(), v.maxLength(HANDOFF_MAX)),
  cut: v.boolean(),
  length: v.pipe(v.number(), v.integer(), v.minValue(0)),
  crisis: v.boolean(),
  at: v.number(),
});

/**
 * Cuts text to HANDOFF_MAX characters, at a word boundary when one is near, never through a
 * surrogate pair. Whitespace is tidied first, so a page's stray newlines don't count.
 */
export function cutText(raw: string, max = HANDOFF_MAX): { text: string; cut: boolean } {
  // Huge selections: only look at a generous head, so tidying stays cheap.
  const head = raw.length > max * 4 ? raw.slice(0, max * 4) : raw;
  const tidy = head
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\f\v]+/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (tidy.length <= max && head.length === raw.length) return { text: tidy, cut: false };
  if (tidy.length <= max) return { text: tidy, cut: true };
  let end = max;
  const space = tidy.lastIndexOf(' ', max);
  if (space > max - 80) end = space;
  const code = tidy.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return { text: tidy.slice(0, end).trimEnd(), cut: true };
}

export function makeHandoff(selection: string, now = Date.now()): Handoff {
  const { text, cut } = cutText(selection);
  return { text, cut, length: selection.length, crisis: detectCrisis(selection), at: now };
}

/** Reads a hand-off value from storage; anything malformed is ignored rather than trusted. */
export function parseHandoff(raw: unknown): Handoff | undefined {
  const parsed = v.safeParse(handoffSchema, raw);
  return parsed.success ? parsed.output : undefined;
}

/** What reframe.html starts with: the session hand-off, or `?text=` (cut the same way). */
export function initialFromUrl(search: string): { text: string; cut: boolean; fromSession: boolean } {
  const params = new URLSearchParams(search);
  const fromSession = params.get('from') === 'session';
  const raw = params.get('text') ?? '';
  const { text, cut } = cutText(raw);
  return { text, cut, fromSession };
}
