import * as v from 'valibot';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exportEncrypted, exportJson, readAll } from '@/lib/backup/export';
import { applyImport, parseBackup } from '@/lib/backup/import';
import { rowSchemas } from '@/lib/backup/schema';
import { db } from '@/lib/db/db';
import { addFeeling } from '@/lib/db/feelings';
import { addMemory, updateMemory } from '@/lib/db/memories';
import { updateRecord } from '@/lib/db/records';
import { addReflection } from '@/lib/db/reflections';
import { addRejection } from '@/lib/db/rejections';
import { addOwnStep } from '@/lib/db/steps';
import { addThought } from '@/lib/db/thoughts';
import { TABLE_NAMES, type TableName, type Tables } from '@/lib/db/types';
import { deleteAllData } from '@/lib/delete-all';
import { DATE_MAX, DATE_MIN, FIELD_LIMITS, fitText, LIMITS } from '@/lib/limits';
import { STORAGE_KEYS } from '@/lib/storage-keys';
import { makeRow } from './rows';

// docs/ARCHITECTURE.md, "Limits": one limit per field, shared by the pages, the writes and the import.

describe('fitText', () => {
  it.each([
    ['under the limit', 'a'.repeat(10), 'who', false],
    ['at the limit', 'a'.repeat(LIMITS.who), 'who', false],
    ['one over', 'a'.repeat(LIMITS.who + 1), 'who', true],
    ['a 5 MB paste', 'a'.repeat(5 * 1024 * 1024), 'reflection', true],
  ] as const)('%s', (_, text, name, cut) => {
    const r = fitText(text, name);
    expect(r.cut).toBe(cut);
    expect(r.text.length).toBe(Math.min(text.length, LIMITS[name]));
  });
});

describe('writes keep every field within the limit the import accepts', () => {
  const long = (n: number) => 'x'.repeat(n + 50);

  it('every add and update cuts at the shared limit', async () => {
    const f = await addFeeling({ words: [long(LIMITS.word)], note: long(LIMITS.note) });
    const m = await addMemory({ text: long(LIMITS.momentText), people: [long(LIMITS.label)], date: 8.7e15 });
    const r = await addReflection({
      promptId: long(LIMITS.promptId),
      prompt: long(LIMITS.prompt),
      text: long(LIMITS.reflection),
    });
    const th = await addThought({
      text: long(LIMITS.thought),
      beliefBefore: 50,
      evidenceFor: [long(LIMITS.evidence)],
      friendView: long(LIMITS.thought),
      reframe: long(LIMITS.thought),
    });
    const rj = await addRejection({ kind: 'other', who: long(LIMITS.who), source: 'manual' });
    const st = await addOwnStep(long(LIMITS.step));
    await updateMemory(m.id, { date: -8.7e15 });
    for (const [table, fields] of Object.entries(FIELD_LIMITS)) {
      const id =
        {
          feelings: f.id,
          memories: m.id,
          reflections: r.id,
          thoughts: th.id,
          rejections: rj.row.id,
          steps: st.id,
        }[table] ?? '';
      for (const field of Object.keys(fields))
        await updateRecord(table as TableName, id, { [field]: long(500_000) });
    }
    const all = await readAll();
    for (const name of TABLE_NAMES)
      for (const row of all[name]) {
        const result = v.safeParse(rowSchemas[name], row);
        expect(
          result.success,
          `${name}: ${JSON.stringify(result.issues?.[0]?.path?.map((p) => p.key))}`,
        ).toBe(true);
      }
    expect((await db().memories.get(m.id))?.date).toBe(DATE_MIN);
  });
});

// Random rows at every limit: whatever can be stored comes back through export → delete all → import.
function atLimits(random: () => number): { [K in TableName]: Tables[K] } {
  const text = (max: number) => {
    const pick = random();
    const n = pick < 0.4 ? max : pick < 0.6 ? 0 : Math.floor(random() * max);
    return 'ñ€😀a"\\\n<b>'.repeat(Math.ceil(n / 8)).slice(0, n);
  };
  const time = () => (random() < 0.5 ? DATE_MAX - 1 : Math.floor(random() * (DATE_MAX - 1)));
  const list = (count: number, max: number) =>
    Array.from({ length: random() < 0.3 ? count : 2 }, () => text(max));
  const base = (table: TableName) => ({
    ...makeRow[table](Math.floor(random() * 1e6)),
    createdAt: time(),
    updatedAt: time(),
  });
  return {
    feelings: {
      ...base('feelings'),
      words: list(LIMITS.words, LIMITS.word),
      note: text(LIMITS.note),
    } as Tables['feelings'],
    memories: {
      ...base('memories'),
      text: text(LIMITS.momentText),
      date: random() < 0.5 ? DATE_MIN : DATE_MAX - 1,
      people: list(LIMITS.labels, LIMITS.label),
      tags: list(LIMITS.labels, LIMITS.label),
      lastShownAt: time(),
    } as Tables['memories'],
    reflections: {
      ...base('reflections'),
      promptId: text(LIMITS.promptId),
      prompt: text(LIMITS.prompt),
      text: text(LIMITS.reflection),
    } as Tables['reflections'],
    thoughts: {
      ...base('thoughts'),
      text: text(LIMITS.thought),
      words: list(LIMITS.words, LIMITS.word),
      evidenceFor: list(LIMITS.evidenceItems, 200),
      evidenceAgainst: [text(LIMITS.evidence)],
      friendView: text(LIMITS.thought),
      reframe: text(LIMITS.thought),
    } as Tables['thoughts'],
    rejections: {
      ...base('rejections'),
      at: time(),
      who: text(LIMITS.who),
      sourceKey: `${Math.floor(random() * 1e9)}${text(LIMITS.sourceKey)}`.slice(0, LIMITS.sourceKey),
    } as Tables['rejections'],
    steps: {
      ...base('steps'),
      text: text(LIMITS.step),
      doneAt: time(),
      suggestionId: text(LIMITS.suggestionId),
    } as Tables['steps'],
  };
}

describe('whatever the extension can store, it exports and imports back', () => {
  it.each([
    ['plain', undefined],
    ['locked', 'a passphrase long enough'],
  ])('random rows at every limit round-trip (%s)', { timeout: 120_000 }, async (_, passphrase) => {
    let seed = 11;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const rows = Array.from({ length: 6 }, () => atLimits(random));
    await db().transaction('rw', db().tables, async () => {
      for (const set of rows) for (const name of TABLE_NAMES) await db().table(name).put(set[name]);
    });
    const before = await readAll();
    const file = passphrase ? await exportEncrypted(passphrase) : await exportJson();
    await deleteAllData();
    const parsed = await parseBackup(file, passphrase);
    await applyImport(parsed.data);
    const after = await readAll();
    for (const name of TABLE_NAMES) {
      const sort = (r: { id: string }[]) => [...r].sort((a, b) => a.id.localeCompare(b.id));
      expect(sort(after[name])).toEqual(sort(before[name]));
    }
  });
});

describe('delete all', () => {
  beforeEach(() => fakeBrowser.reset());

  it('leaves no words in any storage area, only the settings', async () => {
    await addFeeling({ words: ['hurt'], note: 'private' });
    await fakeBrowser.storage.local.set({
      [STORAGE_KEYS.settings]: { theme: 'dark' },
      [STORAGE_KEYS.draft]: {
        promptId: 'p',
        prompt: 'q',
        text: 'my unsaved words',
        updatedAt: 1,
        writer: 'tab',
      },
      [STORAGE_KEYS.jobBoard]: { days: 7, neverHosts: ['jobs.example'], lastNo: { at: 1, who: 'Acme' } },
      [STORAGE_KEYS.notANo]: ['key'],
      [STORAGE_KEYS.checkinLastDay]: '2026-12-01',
      someFutureKey: 'words',
    });
    await fakeBrowser.storage.session.set({ [STORAGE_KEYS.handoff]: { text: 'selected words' } });
    await deleteAllData(5);
    const local = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(local).sort()).toEqual([STORAGE_KEYS.draft, STORAGE_KEYS.settings].sort());
    expect(local[STORAGE_KEYS.draft]).toEqual({
      promptId: '',
      prompt: '',
      text: '',
      updatedAt: 5,
      writer: 'delete-all',
    });
    expect(local[STORAGE_KEYS.settings]).toEqual({ theme: 'dark' });
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    for (const name of TABLE_NAMES) expect(await db().table(name).count()).toBe(0);
  });
});
