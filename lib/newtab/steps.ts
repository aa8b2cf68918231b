import type { RejectionKind, Step } from '@/lib/db/types';
import type { MessageKey } from '@/lib/i18n';
import { localDay } from './prompts';

/** A kind, concrete action the page can suggest. Text lives in messages.json as `newtab_s_<id>`. */
export interface Suggestion {
  id: string;
  /** Kinds of rejection it fits best; general when absent. */
  kinds?: readonly RejectionKind[];
}

export const SUGGESTIONS: readonly Suggestion[] = [
  { id: 'walk' },
  { id: 'call-safe' },
  { id: 'meaningful' },
  { id: 'one-line' },
  { id: 'breathe' },
  { id: 'body' },
  { id: 'one-application', kinds: ['job-application'] },
  { id: 'cv-line', kinds: ['job-application'] },
  { id: 'reach-out-field', kinds: ['job-application', 'at-work'] },
  { id: 'ask-feedback', kinds: ['at-work'] },
  { id: 'note-done-well', kinds: ['at-work', 'job-application'] },
  { id: 'solo-plan', kinds: ['romantic'] },
  { id: 'welcome-person', kinds: ['friendship', 'family', 'group', 'romantic'] },
  { id: 'shared-interest', kinds: ['friendship', 'group'] },
  { id: 'no-reply-let-go', kinds: ['no-reply', 'ghosted'] },
];

export function suggestionKey(id: string): MessageKey {
  return `newtab_s_${id.replace(/[^A-Za-z0-9]/g, '_')}` as MessageKey;
}

/** One candidate step: a suggestion (localized by id) or one of the person's own. */
export type StepCandidate = { type: 'suggestion'; id: string } | { type: 'own'; id: string; text: string };

export function candidateKey(c: StepCandidate): string {
  return `${c.type}:${c.id}`;
}

/**
 * Candidates in the order they come round: the person's own steps first (they chose them),
 * then suggestions that fit recent kinds, then the general ones.
 */
export function stepCandidates(kinds: readonly RejectionKind[], own: readonly Step[]): StepCandidate[] {
  const fitting = SUGGESTIONS.filter((s) => s.kinds?.some((k) => kinds.includes(k)));
  // Kind-specific suggestions that don't fit stay out: "send one application" after a breakup is not kind.
  const general = SUGGESTIONS.filter((s) => !s.kinds);
  const mine = own
    .filter((s) => s.custom === 1)
    .map((s): StepCandidate => ({ type: 'own', id: s.id, text: s.text }));
  return [...mine, ...[...fitting, ...general].map((s): StepCandidate => ({ type: 'suggestion', id: s.id }))];
}

export interface StepChoice {
  now: number;
  /** Candidate keys done today: skipped while others remain. */
  doneToday?: readonly string[];
  /** How many times the person asked for another. */
  skip?: number;
}

/**
 * The step to offer now. Turns with the day so the same suggestion doesn't greet every morning,
 * moves on with "another", and leaves out what is already done today.
 */
export function chooseStep(
  candidates: readonly StepCandidate[],
  { now, doneToday = [], skip = 0 }: StepChoice,
): StepCandidate | undefined {
  if (!candidates.length) return undefined;
  const done = new Set(doneToday);
  const open = candidates.filter((c) => !done.has(candidateKey(c)));
  const pool = open.length ? open : candidates;
  return pool[(localDay(now) + skip) % pool.length];
}
