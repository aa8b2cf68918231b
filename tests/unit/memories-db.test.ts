import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/db';
import {
  addMemory,
  deleteMemory,
  latestMemories,
  localDay,
  type MemoryQuery,
  restoreMemory,
  searchMemories,
  setPinned,
  splitList,
  tagCounts,
  updateMemory,
} from '@/lib/db/memories';
import type { Memory } from '@/lib/db/types';

describe('inner file: add, edit, pin, delete, undo', () => {
  it('adds a moment dated today by default, with clean people and tags', async () => {
    const now = new Date(2026, 3, 5, 15, 30).getTime();
    const m = await addMemory(
      { text: '  Finished the half marathon ', people: [' Sam', 'sam', ''], tags: ['run '] },
      now,
    );
    expect(m).toMatchObject({
      text: 'Finished the half marathon',
      date: localDay(now),
      people: ['Sam'],
      tags: ['run'],
    });
    expect(await db().memories.get(m.id)).toEqual(m);
  });

  it('edits, pins, deletes and restores exactly', async () => {
    const m = await addMemory({ text: 'a', kinds: ['proud'] }, 1);
    await updateMemory(m.id, { text: 'b', kinds: ['loved', 'proud'], tags: ['x', 'X'] }, 5);
    await setPinned(m.id, true, 6);
    const edited = await db().memories.get(m.id);
    expect(edited).toMatchObject({
      text: 'b',
      kinds: ['loved', 'proud'],
      tags: ['x'],
      pinned: 1,
      updatedAt: 6,
    });
    const gone = await deleteMemory(m.id);
    expect(await db().memories.count()).toBe(0);
    await restoreMemory(gone as Memory);
    expect(await db().memories.get(m.id)).toEqual(edited);
  });

  it('reads the newest first page through the date index', async () => {
    for (let i = 0; i < 5; i++) await addMemory({ text: `m${i}`, date: i * 1000 }, i);
    expect((await latestMemories(2)).map((m) => m.text)).toEqual(['m4', 'm3']);
  });

  it.each([
    ['Sam, Alex; Mum\nSam', ['Sam', 'Alex', 'Mum']],
    ['  ,, ', []],
  ])('splits %j', (text, list) => {
    expect(splitList(text)).toEqual(list);
  });
});

const m = (i: number, over: Partial<Memory>): Memory => ({
  id: `id${i}`,
  createdAt: i,
  updatedAt: i,
  text: '',
  date: i * 1000,
  kinds: [],
  people: [],
  tags: [],
  pinned: 0,
  lastShownAt: 0,
  ...over,
});
const all = [
  m(1, { text: 'Ana thanked me for the dinner', kinds: ['loved'], people: ['Ana'], tags: ['friends'] }),
  m(2, { text: 'Shipped the Café release', kinds: ['capable', 'proud'], tags: ['work'], pinned: 1 }),
  m(3, { text: 'Ran 10 km in the rain', kinds: ['proud'], tags: ['running'] }),
  m(4, { text: 'Sam called when I was down', kinds: ['loved'], people: ['Sam'], tags: ['friends'] }),
];

describe('searchMemories', () => {
  it.each<[string, MemoryQuery, string[]]>([
    ['everything, newest first', {}, ['id4', 'id3', 'id2', 'id1']],
    ['pinned first', { sort: 'pinned' }, ['id2', 'id4', 'id3', 'id1']],
    ['a word in the text', { text: 'rain' }, ['id3']],
    ['case and accents folded', { text: 'CAFE' }, ['id2']],
    ['a person', { text: 'sam' }, ['id4']],
    ['a tag as text', { text: 'running' }, ['id3']],
    ['all words, any order', { text: 'dinner ana' }, ['id1']],
    ['no match', { text: 'piano' }, []],
    ['by kind', { kinds: ['loved'] }, ['id4', 'id1']],
    ['by any of several kinds', { kinds: ['capable', 'loved'] }, ['id4', 'id2', 'id1']],
    ['by tag', { tag: 'Friends' }, ['id4', 'id1']],
    ['tag, kind and text together', { tag: 'friends', kinds: ['loved'], text: 'called' }, ['id4']],
  ])('%s', (_, q, ids) => {
    expect(searchMemories(all, q).map((x) => x.id)).toEqual(ids);
  });

  it('stays quick over 10,000 moments (sanity, not timed)', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => m(i, { text: `moment ${i}`, tags: [`t${i % 9}`] }));
    expect(searchMemories(many, { text: 'moment 9999' }).map((x) => x.id)).toEqual(['id9999']);
    expect(searchMemories(many, { tag: 't3' })).toHaveLength(1111);
  });

  it('counts tags, most used first', () => {
    expect(tagCounts(all)).toEqual([
      ['friends', 2],
      ['running', 1],
      ['work', 1],
    ]);
  });
});
