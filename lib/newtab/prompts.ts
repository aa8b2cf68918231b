import type { RejectionKind } from '@/lib/db/types';
import type { MessageKey } from '@/lib/i18n';

/** Where a prompt comes from: the article's closing questions, one of its four tools, or a kind of rejection. */
export type PromptSource = 'closing' | 'name' | 'remember' | 'challenge' | 'step' | RejectionKind;

export interface Prompt {
  /** Stable id, stored with each reflection. */
  id: string;
  source: PromptSource;
}

/** Every journal prompt. Text lives in messages.json as `newtab_p_<id>`. */
export const PROMPTS: readonly Prompt[] = [
  // The article's closing prompt, whole: three questions meant to be read together.
  { id: 'closing-three', source: 'closing' },
  { id: 'clarify', source: 'closing' },
  { id: 'stop-accepting', source: 'closing' },
  { id: 'want-more', source: 'closing' },
  { id: 'name-today', source: 'name' },
  { id: 'name-loudest', source: 'name' },
  { id: 'remember-capable', source: 'remember' },
  { id: 'remember-loved', source: 'remember' },
  { id: 'challenge-facts', source: 'challenge' },
  { id: 'challenge-friend', source: 'challenge' },
  { id: 'challenge-capacity', source: 'challenge' },
  { id: 'step-week', source: 'step' },
  { id: 'step-learned', source: 'step' },
  { id: 'romantic-need', source: 'romantic' },
  { id: 'romantic-whole', source: 'romantic' },
  { id: 'romantic-breadcrumbs', source: 'romantic' },
  { id: 'romantic-trust', source: 'romantic' },
  { id: 'romantic-too-much', source: 'romantic' },
  { id: 'job-learned', source: 'job-application' },
  { id: 'job-strengths', source: 'job-application' },
  { id: 'job-doors', source: 'job-application' },
  { id: 'work-want', source: 'at-work' },
  { id: 'work-feedback', source: 'at-work' },
  { id: 'work-unseen', source: 'at-work' },
  { id: 'friend-yourself', source: 'friendship' },
  { id: 'friend-be', source: 'friendship' },
  { id: 'friend-first', source: 'friendship' },
  { id: 'family-need', source: 'family' },
  { id: 'family-boundary', source: 'family' },
  { id: 'family-closure', source: 'family' },
  { id: 'group-belong', source: 'group' },
  { id: 'no-reply-silence', source: 'no-reply' },
  { id: 'ghosted-blanks', source: 'ghosted' },
  { id: 'ghosted-closure', source: 'ghosted' },
];

const GENERAL_SOURCES: ReadonlySet<PromptSource> = new Set([
  'closing',
  'name',
  'remember',
  'challenge',
  'step',
]);
const BY_ID = new Map(PROMPTS.map((p) => [p.id, p]));

export function promptById(id: string): Prompt | undefined {
  return BY_ID.get(id);
}

export function promptKey(id: string): MessageKey {
  return `newtab_p_${id.replace(/[^A-Za-z0-9]/g, '_')}` as MessageKey;
}

/** Day number in local time, so the prompt changes at the person's midnight, not UTC's. */
export function localDay(now: number): number {
  const d = new Date(now);
  return Math.floor(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / 86_400_000);
}

/**
 * Kinds in recent entries, most frequent first (ties: most recent first). `entries` are
 * newest first, as the database lists them.
 */
export function recentKinds(entries: readonly { kind?: RejectionKind }[]): RejectionKind[] {
  const seen = new Map<RejectionKind, { n: number; first: number }>();
  entries.forEach((e, i) => {
    if (!e.kind || e.kind === 'other') return;
    const s = seen.get(e.kind);
    if (s) s.n++;
    else seen.set(e.kind, { n: 1, first: i });
  });
  return [...seen.entries()].sort((a, b) => b[1].n - a[1].n || a[1].first - b[1].first).map(([k]) => k);
}

/**
 * The order prompts come round in. With recent kinds, prompts for those kinds take every other
 * day (the most frequent kind first); the general prompts keep turning on the days between, so
 * the page never narrows to one kind of hurt.
 */
export function promptCycle(kinds: readonly RejectionKind[] = []): Prompt[] {
  const general = PROMPTS.filter((p) => GENERAL_SOURCES.has(p.source));
  const tailored = kinds.flatMap((k) => PROMPTS.filter((p) => p.source === k));
  if (!tailored.length) return general;
  const cycle: Prompt[] = [];
  for (let i = 0; i < general.length; i++)
    cycle.push(tailored[i % tailored.length] as Prompt, general[i] as Prompt);
  return cycle;
}

export interface PromptChoice {
  now: number;
  /** Kinds from recent entries, most frequent first (see `recentKinds`). */
  kinds?: readonly RejectionKind[];
  /** Prompts answered lately: skipped while others remain. */
  answered?: readonly string[];
  /** How many times the person asked for another prompt today. */
  skip?: number;
}

/** The prompt of the day: the same all day (every new tab), another tomorrow, another on request. */
export function choosePrompt({ now, kinds = [], answered = [], skip = 0 }: PromptChoice): Prompt {
  const cycle = promptCycle(kinds);
  const done = new Set(answered);
  const start = localDay(now) + skip;
  for (let i = 0; i < cycle.length; i++) {
    const p = cycle[(start + i) % cycle.length] as Prompt;
    if (!done.has(p.id)) return p;
  }
  return cycle[start % cycle.length] as Prompt;
}
