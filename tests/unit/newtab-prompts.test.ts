import { describe, expect, it } from 'vitest';
import type { RejectionKind } from '@/lib/db/types';
import { choosePrompt, localDay, PROMPTS, promptCycle, promptKey, recentKinds } from '@/lib/newtab/prompts';
import messages from '@/public/_locales/en/messages.json';

const DAY = 86_400_000;
const noon = (y: number, m: number, d: number) => new Date(y, m - 1, d, 12).getTime();

describe('journal prompts', () => {
  it('has text for every prompt, and prompts for the article and every kind', () => {
    for (const p of PROMPTS) expect(messages).toHaveProperty(promptKey(p.id));
    const sources = new Set(PROMPTS.map((p) => p.source));
    for (const s of [
      'closing',
      'name',
      'remember',
      'challenge',
      'step',
      'romantic',
      'job-application',
      'at-work',
      'friendship',
      'family',
    ])
      expect(sources).toContain(s);
    // The article's three closing questions, one at a time and together (docs/CARE.md).
    expect(PROMPTS.filter((p) => p.source === 'closing').map((p) => p.id)).toEqual([
      'closing-three',
      'clarify',
      'stop-accepting',
      'want-more',
    ]);
    expect(messages.newtab_p_closing_three.message).toContain(
      'What did a painful rejection clarify for me? What will I stop accepting? What do I want more of?',
    );
    // Ghosting by a person and a job's silence are two kinds, with prompts of their own.
    expect(sources).toContain('ghosted');
    expect(sources).toContain('no-reply');
  });

  it.each([
    [[], []],
    [[{ kind: 'romantic' }], ['romantic']],
    [
      [{ kind: 'job-application' }, { kind: 'romantic' }, { kind: 'romantic' }, {}],
      ['romantic', 'job-application'],
    ],
    // Ties go to the most recent.
    [
      [{ kind: 'family' }, { kind: 'at-work' }],
      ['family', 'at-work'],
    ],
    [[{ kind: 'other' }, {}], []],
  ] as [{ kind?: RejectionKind }[], RejectionKind[]][])('recent kinds of %j are %j', (entries, kinds) => {
    expect(recentKinds(entries)).toEqual(kinds);
  });

  it('keeps the same prompt all day and moves on the next day', () => {
    const morning = new Date(2026, 2, 3, 0, 5).getTime();
    const night = new Date(2026, 2, 3, 23, 55).getTime();
    expect(choosePrompt({ now: morning })).toEqual(choosePrompt({ now: night }));
    expect(choosePrompt({ now: night + 10 * 60_000 }).id).not.toBe(choosePrompt({ now: night }).id);
  });

  it('comes round to every general prompt before repeating one', () => {
    const start = noon(2026, 1, 1);
    const general = promptCycle([]);
    const seen = general.map((_, i) => choosePrompt({ now: start + i * DAY }).id);
    expect(new Set(seen).size).toBe(general.length);
  });

  it('tailors every other day to the kinds in recent entries, and keeps the general ones between', () => {
    const start = noon(2026, 5, 10);
    const ids = Array.from({ length: 10 }, (_, i) =>
      choosePrompt({ now: start + i * DAY, kinds: ['job-application'] }),
    );
    const tailored = ids.filter((p) => p.source === 'job-application');
    expect(tailored.length).toBe(5);
    expect(new Set(tailored.map((p) => p.id)).size).toBe(3);
    expect(
      ids.filter((p) => ['closing', 'name', 'remember', 'challenge', 'step'].includes(p.source)),
    ).toHaveLength(5);
    // Nothing for a kind the person hasn't lived lately.
    expect(ids.some((p) => p.source === 'romantic')).toBe(false);
  });

  it('skips prompts answered lately while others remain', () => {
    const now = noon(2026, 7, 1);
    const today = choosePrompt({ now });
    const next = choosePrompt({ now, answered: [today.id] });
    expect(next.id).not.toBe(today.id);
    const all = promptCycle([]).map((p) => p.id);
    expect(choosePrompt({ now, answered: all }).id).toBe(today.id);
  });

  it('"another" gives a different prompt', () => {
    const now = noon(2026, 7, 1);
    expect(choosePrompt({ now, skip: 1 }).id).not.toBe(choosePrompt({ now }).id);
  });

  it('counts days in local time', () => {
    expect(
      localDay(new Date(2026, 0, 2, 0, 1).getTime()) - localDay(new Date(2026, 0, 1, 23, 59).getTime()),
    ).toBe(1);
  });
});
