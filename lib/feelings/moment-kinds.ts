import type { MemoryKind } from '../db/types';
import { familyOf, HARD_FAMILIES } from './vocabulary';

/** Which inner-file moments answer a feeling: being loved against feeling unwanted, capable against shame. */
const ANSWERS: Partial<Record<string, MemoryKind[]>> = {
  unwanted: ['loved'],
  hurt: ['loved'],
  shame: ['capable', 'proud'],
  sadness: ['loved', 'proud'],
  fear: ['capable'],
  envy: ['proud', 'capable'],
};

/**
 * Whether a just-named feeling is a hard one (a hard family, or intensity 7+), and which kinds of
 * moment to offer back. Undefined when it isn't hard.
 */
export function momentKindsForHardFeeling(
  words: readonly string[],
  intensity?: number,
): MemoryKind[] | undefined {
  const families = words.map(familyOf).filter((f) => f !== undefined);
  const hard = (intensity ?? 0) >= 7 || families.some((f) => HARD_FAMILIES.has(f));
  if (!hard) return undefined;
  const kinds = new Set(families.flatMap((f) => ANSWERS[f] ?? []));
  return kinds.size ? [...kinds] : ['loved', 'capable', 'proud'];
}
