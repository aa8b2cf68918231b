import { describe, expect, it } from 'vitest';
import {
  addOwnStep,
  deleteStep,
  doneBetween,
  listOwnSteps,
  markOwnStepDone,
  recordSuggestionDone,
} from '@/lib/db/steps';
import type { Step } from '@/lib/db/types';
import { candidateKey, chooseStep, SUGGESTIONS, stepCandidates, suggestionKey } from '@/lib/newtab/steps';
import messages from '@/public/_locales/en/messages.json';

const own = (id: string, text: string): Step => ({ id, text, custom: 1, createdAt: 1, updatedAt: 1 });
const now = new Date(2026, 3, 4, 9).getTime();

describe('small steps', () => {
  it('has text for every suggestion, including the ones the article names', () => {
    for (const s of SUGGESTIONS) expect(messages).toHaveProperty(suggestionKey(s.id));
    for (const id of ['walk', 'call-safe', 'meaningful', 'one-application', 'one-line'])
      expect(SUGGESTIONS.map((s) => s.id)).toContain(id);
  });

  it.each([
    [[], 'one-application', false],
    [['job-application'], 'one-application', true],
    [['romantic'], 'one-application', false],
    [['romantic'], 'solo-plan', true],
    [['at-work'], 'ask-feedback', true],
  ] as const)('with kinds %j, %s offered: %s', (kinds, id, offered) => {
    const ids = stepCandidates(kinds, []).map((c) => c.id);
    expect(ids.includes(id)).toBe(offered);
    expect(ids).toContain('walk');
  });

  it("puts the person's own steps first", () => {
    const c = stepCandidates([], [own('a', 'Water the plants')]);
    expect(c[0]).toEqual({ type: 'own', id: 'a', text: 'Water the plants' });
  });

  it('stays put through the day, turns with the days and moves on with "another"', () => {
    const c = stepCandidates([], []);
    expect(chooseStep(c, { now })).toEqual(chooseStep(c, { now: now + 3_600_000 }));
    expect(chooseStep(c, { now: now + 86_400_000 })).not.toEqual(chooseStep(c, { now }));
    expect(chooseStep(c, { now, skip: 1 })).not.toEqual(chooseStep(c, { now }));
  });

  it('leaves out what is done today while others remain', () => {
    const c = stepCandidates([], []);
    const first = chooseStep(c, { now });
    if (!first) throw new Error('no step');
    expect(chooseStep(c, { now, doneToday: [candidateKey(first)] })).not.toEqual(first);
    expect(chooseStep(c, { now, doneToday: c.map(candidateKey) })).toBeDefined();
    expect(chooseStep([], { now })).toBeUndefined();
  });
});

describe('steps table', () => {
  it('keeps own steps, marks them done without removing them, and records suggestions done', async () => {
    const a = await addOwnStep('  Water the plants  ', 10);
    expect(a.text).toBe('Water the plants');
    await markOwnStepDone(a.id, 20);
    await recordSuggestionDone('walk', 'Go for a walk', 30);
    expect((await listOwnSteps()).map((s) => [s.text, s.doneAt])).toEqual([['Water the plants', 20]]);
    const done = await doneBetween(15);
    expect(done.map((s) => s.suggestionId ?? s.id).sort()).toEqual([a.id, 'walk'].sort());
    expect(await doneBetween(25)).toHaveLength(1);
    await deleteStep(a.id);
    expect(await listOwnSteps()).toEqual([]);
  });
});
