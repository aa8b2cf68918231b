import { describe, expect, it } from 'vitest';
import { inForm } from '@/lib/i18n-forms';
import es from '@/public/_locales/es/messages.json';

// docs/CARE.md: in Spanish, words about the person read in the form they chose, once.
describe('Spanish forms', () => {
  it.each([
    ['Me siento abandonado/a', 'feminine', 'Me siento abandonada'],
    ['Me siento abandonado/a', 'masculine', 'Me siento abandonado'],
    ['Me siento abandonado/a', 'both', 'Me siento abandonado/a'],
    ['solo/a y rechazado/a, pero querido/a', 'feminine', 'sola y rechazada, pero querida'],
    ['Orgulloso/a. Tranquilo/a.', 'masculine', 'Orgulloso. Tranquilo.'],
    ['Sin formas', 'feminine', 'Sin formas'],
  ] as const)('%s → %s', (text, form, want) => {
    expect(inForm(text, form)).toBe(want);
  });

  it('leaves no "/a" in any Spanish message once a form is chosen', () => {
    for (const [key, { message }] of Object.entries(es)) {
      if (key.startsWith('settings_spanishForm')) continue;
      for (const form of ['feminine', 'masculine'] as const)
        expect(inForm(message, form), key).not.toMatch(/\/a\b/);
    }
  });
});
