import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/db';
import { addThought, deleteThought, listThoughts, restoreThought, updateThought } from '@/lib/db/thoughts';
import type { TrapId } from '@/lib/db/types';

describe('thoughts', () => {
  it('saves a record with before and after, clamped and trimmed', async () => {
    const row = await addThought(
      {
        text: '  Nobody will ever hire me. ',
        beliefBefore: 140,
        beliefAfter: 35.4,
        traps: ['overgeneralizing', 'fortune-telling', 'overgeneralizing', 'nonsense' as TrapId],
        words: ['rejected', ' '],
        evidenceFor: ['three noes', ''],
        evidenceAgainst: ['two interviews'],
        friendView: 'Keep going.',
        reframe: 'One no is about fit.',
        kind: 'job-application',
      },
      5,
    );
    expect(row).toMatchObject({
      text: 'Nobody will ever hire me.',
      beliefBefore: 100,
      beliefAfter: 35,
      traps: ['overgeneralizing', 'fortune-telling'],
      words: ['rejected'],
      evidenceFor: ['three noes'],
      createdAt: 5,
    });
    expect(await db().thoughts.where('traps').equals('fortune-telling').count()).toBe(1);
  });

  it('lists newest first, updates, deletes and restores', async () => {
    const a = await addThought({ text: 'a', beliefBefore: 50 }, 1);
    const b = await addThought({ text: 'b', beliefBefore: 50 }, 2);
    expect((await listThoughts()).map((t) => t.id)).toEqual([b.id, a.id]);
    await updateThought(a.id, { text: 'a2', beliefBefore: 60, beliefAfter: 40 }, 9);
    expect(await db().thoughts.get(a.id)).toMatchObject({
      text: 'a2',
      beliefAfter: 40,
      updatedAt: 9,
      createdAt: 1,
    });
    const gone = await deleteThought(a.id);
    expect(await listThoughts()).toHaveLength(1);
    if (gone) await restoreThought(gone);
    expect(await listThoughts()).toHaveLength(2);
  });
});
