// Test rows for every table, deterministic from an index, with every optional field exercised.
import type { BackupData } from '@/lib/backup/schema';
import { MEMORY_KINDS, REJECTION_KINDS, type TableName, type Tables, TRAP_IDS } from '@/lib/db/types';

const DAY = 86_400_000;
const T0 = Date.UTC(2020, 0, 1);
const id = (table: string, i: number) =>
  `${table.slice(0, 4)}-${String(i).padStart(8, '0')}-0000-4000-8000-000000000000`;
const words = ['dismissed', 'hurt', 'lonely', 'hopeful', 'my own word'];

export const makeRow: { [K in TableName]: (i: number) => Tables[K] } = {
  feelings: (i) => ({
    id: id('feelings', i),
    createdAt: T0 + i * 3_600_000,
    updatedAt: T0 + i * 3_600_000,
    words: [words[i % words.length] ?? 'hurt', ...(i % 3 ? [] : ['sad'])],
    ...(i % 2 ? { intensity: i % 11 } : {}),
    ...(i % 4 ? { kind: REJECTION_KINDS[i % REJECTION_KINDS.length] } : {}),
    ...(i % 5 ? {} : { note: `Note ${i}: "quoted", with commas\nand a new line — café ✓` }),
  }),
  memories: (i) => ({
    id: id('memories', i),
    createdAt: T0 + i * DAY,
    updatedAt: T0 + i * DAY + 1,
    text: `Moment ${i}: someone thanked me for the ${i % 2 ? 'report' : 'dinner'}`,
    date: T0 + i * DAY,
    kinds: [MEMORY_KINDS[i % 3] ?? 'proud'],
    people: i % 4 ? [] : ['Sam', 'Ana'],
    tags: [`tag${i % 7}`],
    pinned: i % 50 ? 0 : 1,
    lastShownAt: i % 9 ? 0 : T0 + i,
  }),
  reflections: (i) => ({
    id: id('reflections', i),
    createdAt: T0 + i * DAY,
    updatedAt: T0 + i * DAY,
    promptId: `prompt-${i % 3}`,
    prompt: 'What did this clarify?',
    text: `Reflection ${i}`,
  }),
  thoughts: (i) => ({
    id: id('thoughts', i),
    createdAt: T0 + i * DAY,
    updatedAt: T0 + i * DAY,
    text: `I always fail ${i}`,
    beliefBefore: 80,
    ...(i % 2 ? { beliefAfter: 40 } : {}),
    traps: [TRAP_IDS[i % TRAP_IDS.length] ?? 'labeling'],
    words: ['hurt'],
    ...(i % 3 ? { kind: 'at-work' as const } : {}),
    evidenceFor: ['one email'],
    evidenceAgainst: ['two offers last year', 'a kind review'],
    friendView: 'You did your best.',
    reframe: 'One no is not every no.',
  }),
  rejections: (i) => ({
    id: id('rejections', i),
    createdAt: T0 + i * DAY,
    updatedAt: T0 + i * DAY,
    at: T0 + i * DAY,
    kind: REJECTION_KINDS[i % REJECTION_KINDS.length] ?? 'other',
    who: `Company ${i}`,
    source: i % 2 ? 'email' : 'manual',
    ...(i % 2 ? { sourceKey: `key-${i}` } : {}),
  }),
  steps: (i) => ({
    id: id('steps', i),
    createdAt: T0 + i * DAY,
    updatedAt: T0 + i * DAY,
    text: `Step ${i}`,
    custom: i % 2 ? 1 : 0,
    ...(i % 3 ? { doneAt: T0 + i * DAY + 5 } : {}),
  }),
};

export function makeData(n: number, start = 0): BackupData {
  const rows = <K extends TableName>(k: K) => Array.from({ length: n }, (_, i) => makeRow[k](start + i));
  return {
    feelings: rows('feelings'),
    memories: rows('memories'),
    reflections: rows('reflections'),
    thoughts: rows('thoughts'),
    rejections: rows('rejections'),
    steps: rows('steps'),
  };
}
