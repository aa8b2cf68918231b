import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REJECTION_KINDS, TRAP_IDS, type TrapId } from '@/lib/db/types';
import {
  detectTraps,
  loadTrapModel,
  MAX_DETECT_CHARS,
  normalizeForTraps,
  setTrapModel,
} from '@/lib/traps/detect';
import { MAYBE_AT, offerTraps, SHOW_AT, trapLabels } from '@/lib/traps/offers';
import { type LabelledThought, scoreTraps } from '@/lib/traps/score';

const SET: LabelledThought[] = readFileSync('tests/fixtures/traps-dev.jsonl', 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l));

// Floors on the whole team-written set, a little under today's scores, so a change that makes one
// trap much worse fails here. Splits: "dev" to "dev6" were each scored once, then their misses
// studied; "holdout" has never been tuned on. `npm run bench` prints each split's scores.
const FLOORS: Record<TrapId, { precision: number; recall: number }> = {
  'all-or-nothing': { precision: 0.7, recall: 0.85 },
  overgeneralizing: { precision: 0.5, recall: 0.85 },
  labeling: { precision: 0.75, recall: 0.85 },
  'fortune-telling': { precision: 0.7, recall: 0.85 },
  'mind-reading': { precision: 0.75, recall: 0.8 },
  'emotional-reasoning': { precision: 0.85, recall: 0.85 },
  'should-statements': { precision: 0.9, recall: 0.9 },
  personalizing: { precision: 0.85, recall: 0.9 },
  'disqualifying-positive': { precision: 0.85, recall: 0.9 },
  catastrophizing: { precision: 0.8, recall: 0.85 },
  'comparing-despairing': { precision: 0.85, recall: 0.85 },
  blaming: { precision: 0.85, recall: 0.8 },
  'negative-feeling': { precision: 0.85, recall: 0.9 },
};

// Sets written blind by other team members (tests/fixtures/traps-blind.jsonl): floors under
// today's scores, as a guard against regressions; the never-tuned one shows how far rules reach.
describe('the blind sets', () => {
  const blind: LabelledThought[] = readFileSync('tests/fixtures/traps-blind.jsonl', 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  it.each([
    ['blind-a', 0.8, 0.75, 0.88, 0.1],
    ['blind-b', 0.74, 0.72, 0.8, 0.15],
    ['blind-c', 0.75, 0.65, 0.75, 0.15],
    ['blind-holdout-2', 0.68, 0.5, 0.6, 0.1],
    ['blind-d', 0.68, 0.55, 0.6, 0.1],
    ['blind-holdout-3', 0.55, 0.42, 0.5, 0.16],
    ['blind-holdout-4', 0.6, 0.4, 0.45, 0.12],
    ['blind-e', 0.7, 0.55, 0.6, 0.22],
    ['blind-holdout-5', 0.6, 0.45, 0.5, 0.16],
  ])(
    '%s stays above precision %s, recall %s, top-3 %s; false alarms at most %s',
    (split, precision, recall, top3, falseAlarm) => {
      const s = scoreTraps(blind.filter((i) => i.split === split));
      expect(s.n).toBeGreaterThanOrEqual(150);
      expect(s.precision).toBeGreaterThanOrEqual(precision);
      expect(s.recall).toBeGreaterThanOrEqual(recall);
      expect(s.top3).toBeGreaterThanOrEqual(top3);
      expect(s.falseAlarm).toBeLessThanOrEqual(falseAlarm);
    },
  );
});

// With the word model, as the reframe page has it after its first render. The older sets above
// are now among its training data; how it does on thoughts it never saw is the world holdout's
// row in `npm run bench` (docs/bench.md).
describe('ranked offers', () => {
  beforeAll(() => loadTrapModel());
  afterAll(() => setTrapModel(undefined));

  it.each([
    'I always ruin everything, nobody will ever hire me',
    'Siempre lo arruino todo, nadie me va a contratar nunca',
    'I feel stupid so I must be stupid',
    'I had a nice walk with my sister today',
  ])('ranks every trap with a probability, shows the likely ones and at most two maybes: %s', (text) => {
    const o = offerTraps(text);
    expect(o.ranked.map((r) => r.trap).sort()).toEqual([...TRAP_IDS].sort());
    const scores = o.ranked.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const s of scores) expect(s >= 0 && s <= 1).toBe(true);
    for (const r of o.shown) expect(r.score).toBeGreaterThanOrEqual(SHOW_AT);
    expect(o.maybe.length).toBeLessThanOrEqual(2);
    for (const r of o.maybe) expect(r.score >= MAYBE_AT && r.score < SHOW_AT).toBe(true);
  });

  it('hears traps in Spanish, and leaves a language it does not read alone', () => {
    expect(offerTraps('Siempre lo arruino todo, nadie me va a contratar nunca').lang).toBe('es');
    expect(trapLabels('Siempre lo arruino todo, nadie me va a contratar nunca').length).toBeGreaterThan(0);
    const french = offerTraps("Je suis nul, personne ne m'aimera jamais");
    expect(french).toEqual({ lang: 'other', shown: [], maybe: [], ranked: [] });
  });

  it('highlights words only where a rule found them', () => {
    for (const text of [
      'They all went to the pub without me, they must be sick of me',
      'Soy un desastre total',
    ]) {
      const rules = new Set(detectTraps(text, { all: true }).map((h) => h.trap));
      for (const r of offerTraps(text).ranked) if (!rules.has(r.trap)) expect(r.spans).toEqual([]);
    }
  });
});

describe('the development set', () => {
  it('has at least 300 thoughts, every trap, many undistorted, multi-trap cases and every rejection kind', () => {
    expect(SET.length).toBeGreaterThanOrEqual(300);
    expect(new Set(SET.map((s) => s.id)).size).toBe(SET.length);
    for (const t of TRAP_IDS)
      expect(SET.filter((s) => s.traps.includes(t)).length).toBeGreaterThanOrEqual(12);
    expect(SET.filter((s) => s.traps.length === 0).length).toBeGreaterThanOrEqual(80);
    expect(SET.filter((s) => s.traps.length > 1).length).toBeGreaterThanOrEqual(40);
    const kinds = new Set(SET.map((s) => (s as { kind?: string }).kind));
    // 'ghosted' split from 'no-reply' after this set was written; its thoughts are there as 'no-reply'.
    for (const k of REJECTION_KINDS.filter((k) => k !== 'ghosted')) {
      expect(kinds).toContain(k);
    }
  });

  const score = scoreTraps(SET);
  it.each(TRAP_IDS)('%s stays above its floor', (trap) => {
    const s = score.perTrap[trap];
    expect(s.precision).toBeGreaterThanOrEqual(FLOORS[trap].precision);
    expect(s.recall).toBeGreaterThanOrEqual(FLOORS[trap].recall);
  });

  it('puts a true trap in the top three for most distorted thoughts and rarely alarms on plain ones', () => {
    expect(score.top3).toBeGreaterThanOrEqual(0.9);
    expect(score.falseAlarm).toBeLessThanOrEqual(0.05);
  });

  it('still does reasonably on the split that was never tuned on', () => {
    const held = scoreTraps(SET.filter((s) => s.split === 'holdout'));
    expect(held.n).toBeGreaterThanOrEqual(50);
    expect(held.top3).toBeGreaterThanOrEqual(0.65);
    expect(held.falseAlarm).toBeLessThanOrEqual(0.1);
  });
});

describe('detectTraps', () => {
  it('finds overgeneralizing and fortune telling in "Nobody will ever hire me", with the words', () => {
    const text = 'Nobody will ever hire me.';
    const hits = detectTraps(text);
    expect(hits.map((h) => h.trap).sort()).toEqual(['fortune-telling', 'overgeneralizing']);
    for (const h of hits) {
      expect(h.confidence).toBeGreaterThan(0.5);
      expect(h.confidence).toBeLessThanOrEqual(1);
      expect(h.spans.length).toBeGreaterThan(0);
      for (const s of h.spans) expect(text.slice(s.start, s.end).toLowerCase()).toContain('nobody');
    }
  });

  it.each([
    ["I feel sad that I didn't get the job.", 'a feeling'],
    ["I didn't get the job.", 'a fact'],
    ['He never replied to my last message.', 'one event in the past'],
    ['I should send the follow-up email tomorrow.', 'a plan'],
    ["It's not my fault the team was cut.", 'already balanced'],
    ["I don't think I'm a failure, I just had a bad week.", 'negated'],
    ['I used to believe nobody liked me.', 'a past belief'],
    ["It's not the end of the world, it just hurts.", 'negated catastrophe'],
    ['Everyone was kind to me at the meetup.', 'a kind absolute'],
    ["i always feel a bit raw after a rejection, and that's ok. going for a walk", 'weighed already'],
    [
      'nobody from the team replied in the group chat, its sunday evening though so fair enough',
      'weighed already',
    ],
    ['', 'empty'],
  ])('offers nothing for %j (%s)', (text) => {
    expect(trapLabels(text)).toEqual([]);
  });

  it.each<[string, TrapId]>([
    ["I'm a failure.", 'labeling'],
    ['Im such a loser', 'labeling'],
    ['I’m a failure.', 'labeling'],
    ['I wasn’t good enough.', 'labeling'],
    ["you're such an idiot, you always mess it up", 'labeling'],
    ["You'll never find anyone.", 'fortune-telling'],
    ['She thinks I’m boring.', 'mind-reading'],
    ['I SHOULD HAVE KNOWN BETTER', 'should-statements'],
    ['He said "you never listen" and he has a point, it\'s all my fault.', 'personalizing'],
    ['Why would anyone ever love me?', 'overgeneralizing'],
    ["Even if I try, I'll fail.", 'fortune-telling'],
    // Said without the textbook words.
    ["rejected from four phd programs. fraud. that's the word for me", 'labeling'],
    ["my sister's a manipulator and it's her fault", 'labeling'],
    ['the whole reunion was awkward and that was 100% down to me turning up', 'personalizing'],
    ['3am and the hurt is just on a loop', 'negative-feeling'],
    ["my cousin's band got signed and mine plays to 6 people", 'comparing-despairing'],
    ['For me a relationship is 100% or it is zero.', 'all-or-nothing'],
    ['half an apology is no apology', 'all-or-nothing'],
  ])('handles contractions, case, curly quotes and the second person: %j → %s', (text, trap) => {
    expect(trapLabels(text)).toContain(trap);
  });

  it('keeps someone else’s quoted words from counting as the person’s thought', () => {
    expect(trapLabels('My manager said "you never finish anything on time".')).toEqual([]);
    // Their own self-talk in quotes still counts.
    expect(trapLabels('I keep telling myself "I\'m a failure".')).toContain('labeling');
  });

  it.each([
    ["I've got this sinking feeling the callback isn't coming, and my gut's always right"],
    ['if he tells our friends his side I will have no one left and I could not survive that'],
  ])('keeps a quantifier that serves another trap from counting as a rule of its own: %j', (text) => {
    expect(trapLabels(text)).not.toContain('overgeneralizing');
  });

  it('tells mind-reading from the label inside it', () => {
    expect(trapLabels('He thinks I’m boring.')).toEqual(['mind-reading']);
  });

  it('ranks by confidence and gives each span inside the text', () => {
    const text = "I'm a complete failure and nobody will ever love me. Everyone else has it figured out.";
    const hits = detectTraps(text);
    expect(hits.length).toBeGreaterThanOrEqual(3);
    const conf = hits.map((h) => h.confidence);
    expect(conf).toEqual([...conf].sort((a, b) => b - a));
    for (const h of hits) for (const s of h.spans) expect(s.end).toBeLessThanOrEqual(text.length);
  });

  it('reads at most 2,000 characters and survives very long input', () => {
    const long = `${'a calm sentence about the weather. '.repeat(200)}I'm a failure.`;
    expect(long.length).toBeGreaterThan(MAX_DETECT_CHARS);
    expect(trapLabels(long)).toEqual([]);
    expect(trapLabels('I am not good enough. '.repeat(250_000))).toContain('labeling');
  });

  it('keeps offsets: normalizing never changes the length', () => {
    for (const s of ['“I’m” ‘fine’ ÀÉÎ İstanbul', 'ΣΑΣ', 'x'.repeat(10)])
      expect(normalizeForTraps(s).length).toBe(s.length);
  });
});
