import type { MemoryKind, RejectionKind, TrapId } from '../db/types';

const LOVE =
  /\b(?:unlovable|unloveable|unwanted|alone|lonely|single|nobody (?:loves|wants|likes|cares)|no one (?:loves|wants|likes|cares)|love me|want me|like me|care about me|boring|ugly|unattractive|too much|burden|left out|excluded|friends?|dumped|ghosted|left me|leave me)\b/i;
const CAPABLE =
  /\b(?:good enough|smart enough|failure|fail(?:ed)?|stupid|useless|incompetent|fraud|impostor|imposter|unemployable|hire|hired|job|interview|promot\w*|career|work|skills?|qualified|capable|can'?t do|idiot)\b/i;

/**
 * Which moments from the inner file answer this thought: felt loved against "I'm unlovable",
 * capable or proud against "I'm not good enough". Empty means any moment helps.
 */
export function momentKindsForThought(
  text: string,
  kind?: RejectionKind,
  traps: readonly TrapId[] = [],
): MemoryKind[] {
  const love =
    LOVE.test(text) || kind === 'romantic' || kind === 'friendship' || kind === 'family' || kind === 'group';
  const capable = CAPABLE.test(text) || kind === 'job-application' || kind === 'at-work';
  if (love && !capable) return ['loved'];
  if (capable && !love) return ['capable', 'proud'];
  if (love && capable) return LOVE.test(text) ? ['loved'] : ['capable', 'proud'];
  return traps.includes('disqualifying-positive') ? ['proud', 'capable'] : [];
}
