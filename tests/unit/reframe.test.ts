import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TRAP_IDS } from '@/lib/db/types';
import { keyFor } from '@/lib/i18n';
import { friendView } from '@/lib/reframe/friend-view';
import { cutText, HANDOFF_MAX, initialFromUrl, makeHandoff, parseHandoff } from '@/lib/reframe/handoff';
import { momentKindsForThought } from '@/lib/reframe/moments';
import { startersFor } from '@/lib/reframe/starters';

describe('friendView', () => {
  it.each([
    ["I'll always be alone", "They'll always be alone"],
    ["I'll always be alone.", "They'll always be alone."],
    ['I’ll never be good enough.', 'They’ll never be good enough.'],
    ['Nobody will ever hire me.', 'Nobody will ever hire them.'],
    ["I wasn't good enough.", "They weren't good enough."],
    ['I am a failure and I was stupid.', 'They are a failure and they were stupid.'],
    ["I'm unlovable. My ex said so.", "They're unlovable. Their ex said so."],
    ['What is wrong with me? Am I too much?', 'What is wrong with them? Are they too much?'],
    ["I've ruined it myself.", "They've ruined it themselves."],
    ["You'll never learn.", "You'll never learn."],
    ['The job was mine to lose.', 'The job was theirs to lose.'],
  ])('%j → %j', (from, to) => {
    expect(friendView(from)).toBe(to);
  });
});

describe('the hand-off cut', () => {
  it('keeps short text whole and tidies whitespace', () => {
    expect(cutText('  I  failed \r\n\r\n\r\n again ')).toEqual({ text: 'I failed \n\n again', cut: false });
  });

  it('cuts at 2,000 characters, at a word when one is near', () => {
    const { text, cut } = cutText('word '.repeat(1000));
    expect(cut).toBe(true);
    expect(text.length).toBeLessThanOrEqual(HANDOFF_MAX);
    expect(text.length).toBeGreaterThan(HANDOFF_MAX - 80);
    expect(text.endsWith('word')).toBe(true);
  });

  it('never splits a surrogate pair', () => {
    const { text } = cutText('😀'.repeat(1500));
    expect(text.length).toBeLessThanOrEqual(HANDOFF_MAX);
    expect(/[\ud800-\udbff]$/.test(text)).toBe(false);
  });

  it('cuts a 5 MB selection quickly enough to not matter and keeps its length and crisis flag', () => {
    const huge = `${'x'.repeat(5 * 1024 * 1024)} I want to end my life`;
    const h = makeHandoff(huge, 42);
    expect(h.text.length).toBeLessThanOrEqual(HANDOFF_MAX);
    expect(h.cut).toBe(true);
    expect(h.length).toBe(huge.length);
    // The crisis words were past the cut: the page still shows resources first.
    expect(h.crisis).toBe(true);
    expect(parseHandoff(h)).toEqual(h);
  });

  it('rejects malformed or oversized stored values', () => {
    expect(parseHandoff(undefined)).toBeUndefined();
    expect(
      parseHandoff({ text: 'x'.repeat(HANDOFF_MAX + 1), cut: false, length: 1, crisis: false, at: 1 }),
    ).toBeUndefined();
    expect(parseHandoff({ text: 1 })).toBeUndefined();
  });

  it('reads ?text= and ?from=session', () => {
    expect(initialFromUrl(`?text=${encodeURIComponent("I'll always be alone")}`)).toEqual({
      text: "I'll always be alone",
      cut: false,
      fromSession: false,
    });
    expect(initialFromUrl('?from=session').fromSession).toBe(true);
    const long = initialFromUrl(`?text=${'a%20'.repeat(3000)}`);
    expect(long.cut).toBe(true);
    expect(long.text.length).toBeLessThanOrEqual(HANDOFF_MAX);
  });
});

describe('starters and moments', () => {
  it('puts starters for the traps in play first, then general ones', () => {
    expect(startersFor(['fortune-telling'])).toEqual([
      'reframe_starter_fortuneTelling',
      'reframe_starter_hurts',
      'reframe_starter_fit',
      'reframe_starter_friend',
    ]);
    expect(startersFor([])).toHaveLength(3);
    // Never more than two trap starters, so the general ones always stay on offer.
    expect(startersFor(['labeling', 'blaming', 'catastrophizing'])).toEqual([
      'reframe_starter_labeling',
      'reframe_starter_blaming',
      'reframe_starter_hurts',
      'reframe_starter_fit',
      'reframe_starter_friend',
    ]);
  });

  it.each([
    ["I'm unlovable", undefined, ['loved']],
    ["I'm not good enough", undefined, ['capable', 'proud']],
    ['Nobody will ever hire me', undefined, ['capable', 'proud']],
    ['It went badly', 'romantic', ['loved']],
    ['It went badly', 'at-work', ['capable', 'proud']],
    ['It went badly', undefined, []],
  ] as const)('%j (%s) → %j', (text, kind, kinds) => {
    expect(momentKindsForThought(text, kind)).toEqual(kinds);
  });
});

describe('reframe strings', () => {
  const messages = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<
    string,
    unknown
  >;
  it.each(TRAP_IDS)('%s has a name, a plain explanation and two questions', (id) => {
    const base = keyFor('trap', id);
    for (const suffix of ['', '_what', '_q1', '_q2']) expect(messages).toHaveProperty(`${base}${suffix}`);
  });
  it('has every starter', () => {
    for (const key of startersFor([...TRAP_IDS], TRAP_IDS.length)) expect(messages).toHaveProperty(key);
  });
});

describe('the friend view in other languages (docs/CARE.md)', () => {
  it.each([
    ['Nadie me va a contratar', 'Nadie me va a contratar'],
    ['Soy un fracaso y mi familia lo sabe', 'Soy un fracaso y mi familia lo sabe'],
    ["Je suis nul, personne ne m'aime", "Je suis nul, personne ne m'aime"],
  ])('keeps %j as the friend would say it, with no English in it', (thought, want) => {
    expect(friendView(thought)).toBe(want);
  });

  it('still rewrites English', () => {
    expect(friendView("I'll always be alone")).toBe("They'll always be alone");
  });
});
