import { describe, expect, it } from 'vitest';
import { momentKindsForHardFeeling } from '@/lib/feelings/moment-kinds';

describe('momentKindsForHardFeeling', () => {
  it.each([
    [['dismissed'], undefined, ['loved']],
    [['ashamed'], undefined, ['capable', 'proud']],
    [['heartbroken', 'humiliated'], 3, ['loved', 'capable', 'proud']],
    [['anxious'], 8, ['capable']],
    [['blindsided'], 9, ['loved', 'capable', 'proud']],
    [['calm'], undefined, undefined],
    [['anxious'], 4, undefined],
    [['relieved'], 2, undefined],
  ] as const)('%j at %s → %j', (words, intensity, expected) => {
    expect(momentKindsForHardFeeling(words, intensity)).toEqual(expected);
  });
});
