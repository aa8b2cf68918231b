import { describe, expect, it } from 'vitest';
import {
  addReflection,
  answeredSince,
  deleteReflection,
  listReflections,
  restoreReflection,
} from '@/lib/db/reflections';
import type { Feeling } from '@/lib/db/types';
import { glance, glanceFrom } from '@/lib/newtab/glance';

const now = new Date(2026, 9, 20, 15).getTime();
const at = (daysAgo: number, hour = 10) => new Date(2026, 9, 20 - daysAgo, hour).getTime();
const feeling = (createdAt: number, ...words: string[]): Feeling => ({
  id: crypto.randomUUID(),
  createdAt,
  updatedAt: createdAt,
  words,
});

describe('recent feelings at a glance', () => {
  it('has 7 and 30 days, oldest first, today last', () => {
    const g = glance([], now);
    expect(g.week).toHaveLength(7);
    expect(g.month).toHaveLength(30);
    expect(g.month[0]?.start).toBe(glanceFrom(now));
    expect(g.week.at(-1)?.start).toBe(new Date(2026, 9, 20).getTime());
    expect(g.week.every((d) => d.tone === 'none' && d.words.length === 0)).toBe(true);
  });

  it.each([
    [['hurt'], 'hard'],
    [['hopeful'], 'easing'],
    [['hurt', 'hopeful'], 'mixed'],
    [['angry'], 'mixed'],
    [['my own word'], 'mixed'],
  ])('a day with %j reads as %s', (words, tone) => {
    const g = glance([feeling(at(0), ...words)], now);
    expect(g.week.at(-1)?.tone).toBe(tone);
  });

  it('lists words most named first, per day and over the month, and ignores older days', () => {
    const g = glance(
      [
        feeling(at(1), 'lonely'),
        feeling(at(1, 11), 'hurt'),
        feeling(at(1, 12), 'hurt'),
        feeling(at(20), 'calm'),
        feeling(at(40), 'ashamed'),
      ],
      now,
    );
    expect(g.week.at(-2)?.words).toEqual(['hurt', 'lonely']);
    expect(g.monthWords).toEqual(['hurt', 'lonely', 'calm']);
    expect(g.month.some((d) => d.words.includes('ashamed'))).toBe(false);
  });
});

describe('reflections table', () => {
  it('keeps reflections newest first and knows which prompts were answered lately', async () => {
    await addReflection({ promptId: 'clarify', prompt: 'What did it clarify?', text: ' old ' }, 100);
    await addReflection({ promptId: 'want-more', prompt: 'More of?', text: 'new' }, 200);
    expect((await listReflections()).map((r) => r.text)).toEqual(['new', 'old']);
    expect(await listReflections({}, 1)).toHaveLength(1);
    expect(await answeredSince(150)).toEqual(['want-more']);
  });

  it('deletes a reflection and puts it back on undo', async () => {
    const r = await addReflection({ promptId: 'clarify', prompt: 'What did it clarify?', text: 'kept' }, 100);
    const removed = await deleteReflection(r.id);
    expect(await listReflections()).toEqual([]);
    if (removed) await restoreReflection(removed);
    expect(await listReflections()).toEqual([r]);
  });
});
