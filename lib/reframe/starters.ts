import type { RejectionKind, TrapId } from '../db/types';
import type { MessageKey } from '../i18n';

/** Sentence starters that fit each trap; the person finishes them in their own words. */
const BY_TRAP: Record<TrapId, MessageKey> = {
  'all-or-nothing': 'reframe_starter_allOrNothing',
  overgeneralizing: 'reframe_starter_overgeneralizing',
  labeling: 'reframe_starter_labeling',
  'fortune-telling': 'reframe_starter_fortuneTelling',
  'mind-reading': 'reframe_starter_mindReading',
  'emotional-reasoning': 'reframe_starter_emotionalReasoning',
  'should-statements': 'reframe_starter_shouldStatements',
  personalizing: 'reframe_starter_personalizing',
  'disqualifying-positive': 'reframe_starter_disqualifyingPositive',
  catastrophizing: 'reframe_starter_catastrophizing',
  'comparing-despairing': 'reframe_starter_comparingDespairing',
  blaming: 'reframe_starter_blaming',
  'negative-feeling': 'reframe_starter_negativeFeeling',
};

// The article: rejection is about fit, timing and capacity, in love, friendship and family as at
// work; being passed over inside a job comes from factors no one sees; silence invites the worst.
const BY_KIND: Partial<Record<RejectionKind, MessageKey>> = {
  romantic: 'reframe_starter_kindRomantic',
  friendship: 'reframe_starter_kindPeople',
  family: 'reframe_starter_kindPeople',
  group: 'reframe_starter_kindPeople',
  'at-work': 'reframe_starter_kindAtWork',
  ghosted: 'reframe_starter_kindSilence',
  'no-reply': 'reframe_starter_kindSilence',
};

const GENERAL: MessageKey[] = ['reframe_starter_hurts', 'reframe_starter_fit', 'reframe_starter_friend'];

/**
 * Starters for the first traps in play (most likely first), one for the kind of rejection when
 * the person named it, then the gentle general ones.
 */
export function startersFor(traps: readonly TrapId[], perTrap = 2, kind?: RejectionKind): MessageKey[] {
  const out: MessageKey[] = [];
  for (const t of traps) {
    const key = BY_TRAP[t];
    if (key && !out.includes(key) && out.length < perTrap) out.push(key);
  }
  const forKind = kind && BY_KIND[kind];
  return [...out, ...(forKind ? [forKind] : []), ...GENERAL];
}
