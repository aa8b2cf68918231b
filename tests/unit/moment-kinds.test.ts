import { describe, expect, it } from 'vitest';
import { momentKindsFor } from '@/lib/feelings/moment-kinds';

describe('momentKindsFor', () => {
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
    expect(momentKindsFor(words, intensity)).toEqual(expected);
  });
});
