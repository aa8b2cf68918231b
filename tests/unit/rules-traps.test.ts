import { describe, expect, it } from 'vitest';
import { TRAP_IDS, type TrapId } from '@/lib/db/types';
import { duplicateIds } from '@/lib/detect/rule';
import { ruleFirings } from '@/lib/traps/detect';
import { RECORDS, RULES, type TrapRule } from '@/lib/traps/rules';
import { ALL_OR_NOTHING } from '@/lib/traps/rules/all-or-nothing';
import { BLAMING } from '@/lib/traps/rules/blaming';
import { CATASTROPHIZING } from '@/lib/traps/rules/catastrophizing';
import { COMPARING_DESPAIRING } from '@/lib/traps/rules/comparing-despairing';
import { DISQUALIFYING_POSITIVE } from '@/lib/traps/rules/disqualifying-positive';
import { EMOTIONAL_REASONING } from '@/lib/traps/rules/emotional-reasoning';
import { FORTUNE_TELLING } from '@/lib/traps/rules/fortune-telling';
import { LABELING } from '@/lib/traps/rules/labeling';
import { MIND_READING } from '@/lib/traps/rules/mind-reading';
import { NEGATIVE_FEELING } from '@/lib/traps/rules/negative-feeling';
import { OVERGENERALIZING } from '@/lib/traps/rules/overgeneralizing';
import { PERSONALIZING } from '@/lib/traps/rules/personalizing';
import { SHOULD_STATEMENTS } from '@/lib/traps/rules/should-statements';

// Each trap's file holds the records whose first label is that trap.
const FILES: Record<TrapId, readonly TrapRule[]> = {
  'all-or-nothing': ALL_OR_NOTHING,
  overgeneralizing: OVERGENERALIZING,
  labeling: LABELING,
  'fortune-telling': FORTUNE_TELLING,
  'mind-reading': MIND_READING,
  'emotional-reasoning': EMOTIONAL_REASONING,
  'should-statements': SHOULD_STATEMENTS,
  personalizing: PERSONALIZING,
  'disqualifying-positive': DISQUALIFYING_POSITIVE,
  catastrophizing: CATASTROPHIZING,
  'comparing-despairing': COMPARING_DESPAIRING,
  blaming: BLAMING,
  'negative-feeling': NEGATIVE_FEELING,
};

describe('thinking-trap rule records', () => {
  it('have unique kebab-case ids', () => {
    expect(duplicateIds(RECORDS)).toEqual([]);
    for (const r of RECORDS) expect(r.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('are each run by the detector exactly once', () => {
    expect(RULES).toHaveLength(RECORDS.length);
    expect(new Set(RULES)).toEqual(new Set(RECORDS));
  });

  it.each(Object.entries(FILES))(
    '%s.ts holds only records whose first label is that trap',
    (trap, records) => {
      expect(records.length).toBeGreaterThan(0);
      for (const r of records) expect(r.labels[0]).toBe(trap);
    },
  );

  it.each(RECORDS)('$id: fires on its example', (rule) => {
    expect(rule.labels.length).toBeGreaterThan(0);
    for (const label of rule.labels) expect(TRAP_IDS).toContain(label);
    expect(rule.weight).toBeGreaterThan(0);
    expect(rule.weight).toBeLessThanOrEqual(1);
    expect(rule.pattern.flags).toContain('g');
    expect(rule.why.trim()).not.toBe('');
    // Through the detector's own checks: gate, clause (unless / needs), negation, quotes, notAfter.
    expect(ruleFirings(rule, rule.example), rule.example).not.toEqual([]);
  });
});
