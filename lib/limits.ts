/**
 * Every length and date range in one place, shared by the inputs, the database writes and the
 * backup import (docs/ARCHITECTURE.md, "Limits"). Whatever a page lets a person store, the import
 * takes back: a limit here may grow, never shrink, or older backups would be refused.
 */
export const LIMITS = {
  id: 100,
  /** A feeling word (vocabulary id or the person's own word) and how many a row keeps. */
  word: 80,
  words: 20,
  note: 20_000,
  momentText: 50_000,
  /** A person or tag on a moment, and how many a moment keeps. */
  label: 200,
  labels: 200,
  /** The journal: long enough for a diary kept for years in one entry. */
  reflection: 200_000,
  prompt: 2_000,
  promptId: 200,
  thought: 50_000,
  /** One piece of evidence for or against a thought, and how many a list keeps. */
  evidence: 20_000,
  evidenceItems: 200,
  who: 500,
  sourceKey: 200,
  step: 20_000,
  suggestionId: 200,
} as const;
export type LimitName = keyof typeof LIMITS;

/**
 * Times a row can carry: what `Date` and `Intl` can show, with room for old memories. A date
 * beyond JavaScript's range (8.64e15) would make every page that formats it throw.
 */
export const DATE_MIN = Date.UTC(1900, 0, 1);
export const DATE_MAX = Date.UTC(2200, 0, 1);

/** A row's own times (created, updated, shown, done): never before 1970. */
export function isRowTime(n: unknown): n is number {
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 && n < DATE_MAX;
}

/** A day a person picks (when a moment happened). */
export function isDay(n: unknown): n is number {
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= DATE_MIN && n < DATE_MAX;
}

/** The text cut to its limit, and whether anything was cut, so a page can say so. */
export function fitText(text: string, name: LimitName): { text: string; cut: boolean } {
  const max = LIMITS[name];
  return text.length > max ? { text: text.slice(0, max), cut: true } : { text, cut: false };
}

/** The text cut to its limit (for writes, where the page already said so). */
export function clip(text: string, name: LimitName): string {
  return text.length > LIMITS[name] ? text.slice(0, LIMITS[name]) : text;
}

/** Which limit each free-text field of each table keeps, for edits made in the history. */
export const FIELD_LIMITS = {
  feelings: { note: 'note' },
  memories: { text: 'momentText' },
  reflections: { text: 'reflection', prompt: 'prompt' },
  thoughts: { text: 'thought', friendView: 'thought', reframe: 'thought' },
  rejections: { who: 'who' },
  steps: { text: 'step' },
} as const satisfies Record<string, Record<string, LimitName>>;

/** Each known text field of a change cut to its limit. */
export function clipFields<T extends Record<string, unknown>>(
  table: keyof typeof FIELD_LIMITS,
  changes: T,
): T {
  const limits: Record<string, LimitName> = FIELD_LIMITS[table];
  const out: Record<string, unknown> = { ...changes };
  for (const [field, value] of Object.entries(out)) {
    const name = limits[field];
    if (name && typeof value === 'string') out[field] = clip(value, name);
  }
  return out as T;
}
