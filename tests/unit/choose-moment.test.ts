import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/db';
import { addMemory, chooseMoment } from '@/lib/db/memories';

describe('chooseMoment', () => {
  it('returns nothing from an empty inner file', async () => {
    expect(await chooseMoment()).toBeUndefined();
  });

  it('prefers moments not shown recently, and rotates through them', async () => {
    const a = await addMemory({ text: 'a', kinds: ['proud'] }, 1);
    const b = await addMemory({ text: 'b', kinds: ['loved'] }, 2);
    const c = await addMemory({ text: 'c', kinds: ['capable'] }, 3);
    const seen = [];
    for (let i = 0; i < 3; i++) seen.push((await chooseMoment({ now: 100 + i }))?.id);
    expect(new Set(seen)).toEqual(new Set([a.id, b.id, c.id]));
    // The least recently shown comes back first.
    expect((await chooseMoment({ now: 200 }))?.id).toBe(seen[0]);
  });

  it.each([
    [['loved'], 'b'],
    [['capable', 'proud'], 'a'],
  ] as const)('prefers kinds %j', async (kinds, expected) => {
    await addMemory({ text: 'a', kinds: ['proud'] }, 1);
    await addMemory({ text: 'b', kinds: ['loved'] }, 2);
    expect((await chooseMoment({ kinds, now: 10 }))?.text).toBe(expected);
  });

  it('falls back to any moment when none has the kind wanted', async () => {
    await addMemory({ text: 'a', kinds: ['proud'] }, 1);
    expect((await chooseMoment({ kinds: ['loved'] }))?.text).toBe('a');
  });

  it('skips excluded ids and can leave the shown time alone', async () => {
    const a = await addMemory({ text: 'a' }, 1);
    const b = await addMemory({ text: 'b' }, 2);
    expect((await chooseMoment({ exclude: [a.id], markShown: false }))?.id).toBe(b.id);
    expect((await db().memories.get(b.id))?.lastShownAt).toBe(0);
  });
});
