import { describe, expect, it } from 'vitest';
import { pseudoLocalize, pseudoMessages } from '@/lib/i18n-pseudo';
import en from '../../public/_locales/en/messages.json';

describe('pseudo-locale', () => {
  it.each([
    ['Name the feeling', /^⟦Ñámé thé féélíñg ~+/],
    ['I feel $WORD$.', /^⟦Í féél \$WORD\$\. ~+⟧$/],
    ['Costs $$5', /\$\$5/],
  ])('%j → %s', (input, pattern) => {
    expect(pseudoLocalize(input)).toMatch(pattern);
  });

  it('makes every message at least 40% longer and keeps its placeholders', () => {
    const pseudo = pseudoMessages(en);
    for (const [key, m] of Object.entries(en as Record<string, { message: string }>)) {
      if (key === 'extName') continue;
      const p = pseudo[key]?.message ?? '';
      expect(p.length, key).toBeGreaterThanOrEqual(Math.floor(m.message.length * 1.4));
      expect(p.match(/\$[A-Z_]+\$/g) ?? [], key).toEqual(m.message.match(/\$[A-Z_]+\$/g) ?? []);
    }
  });
});
