import { beforeEach, describe, expect, it } from 'vitest';
import { encryptText } from '@/lib/backup/crypto';
import { buildBackup, exportEncrypted, exportJson, readAll } from '@/lib/backup/export';
import { applyImport, ImportError, parseBackup, previewImport } from '@/lib/backup/import';
import type { BackupData } from '@/lib/backup/schema';
import { db } from '@/lib/db/db';
import { deleteAll } from '@/lib/db/records';
import { TABLE_NAMES } from '@/lib/db/types';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { makeData, makeRow } from './rows';

async function fill(data: BackupData) {
  await db().transaction('rw', db().tables, async () => {
    for (const name of TABLE_NAMES) await db().table(name).bulkAdd(data[name]);
  });
}

/** Imports a file the way the page does: check it all, then merge in one transaction. */
async function importText(text: string, passphrase?: string) {
  const parsed = await parseBackup(text, passphrase);
  return applyImport(parsed.data);
}

const sortById = (data: BackupData) =>
  Object.fromEntries(TABLE_NAMES.map((n) => [n, [...data[n]].sort((a, b) => a.id.localeCompare(b.id))]));

describe('backup round trip', () => {
  it.each([
    ['plain', undefined],
    ['encrypted', 'correct horse battery staple'],
  ])('keeps every row of every table, 10,000 each (%s)', { timeout: 240_000 }, async (_, passphrase) => {
    const data = makeData(10_000);
    await fill(data);
    const settings = { ...DEFAULT_SETTINGS, theme: 'dark' as const, kindsFirst: ['at-work' as const] };
    const text = passphrase ? await exportEncrypted(passphrase, settings) : await exportJson(settings);
    await deleteAll();
    expect(Object.values(sortById(await readAll())).flat()).toHaveLength(0);
    const parsed = await parseBackup(text, passphrase);
    expect(parsed.encrypted).toBe(!!passphrase);
    expect(parsed.settings).toEqual(settings);
    const merged = await applyImport(parsed.data);
    for (const name of TABLE_NAMES) expect(merged[name]).toEqual({ added: 10_000, updated: 0, existing: 0 });
    expect(sortById(await readAll())).toEqual(sortById(data));
    // The same file again finds every row already here and writes nothing.
    const again = await applyImport(parsed.data);
    for (const name of TABLE_NAMES) expect(again[name]).toEqual({ added: 0, updated: 0, existing: 10_000 });
  });

  it('writes the format docs/ARCHITECTURE.md names', async () => {
    await fill(makeData(1));
    const file = await buildBackup(undefined, 123);
    expect(file).toMatchObject({ format: 'redirection-backup', version: 1, exportedAt: 123 });
    expect(Object.keys(file.data).sort()).toEqual([...TABLE_NAMES].sort());
    const sealed = JSON.parse(await exportEncrypted('pw'));
    expect(sealed).toMatchObject({
      format: 'redirection-backup-encrypted',
      version: 1,
      kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000 },
    });
    for (const k of ['salt', 'iv', 'ciphertext']) expect(sealed[k]).toMatch(/^[A-Za-z0-9+/]+=*$/);
  });
});

const valid = () => ({
  format: 'redirection-backup',
  version: 1,
  exportedAt: 1,
  data: makeData(3),
});
const json = (x: unknown) => JSON.stringify(x);
const withRow = (table: string, changes: Record<string, unknown>) => {
  const b = valid() as unknown as { data: Record<string, Record<string, unknown>[]> };
  const rows = b.data[table] ?? [];
  rows[1] = { ...rows[1], ...changes };
  return json(b);
};

describe('a bad file changes nothing and says what is wrong', () => {
  let before: unknown;
  beforeEach(async () => {
    await fill(makeData(5, 1000));
    before = sortById(await readAll());
  });

  it.each([
    ['empty file', '', 'empty'],
    ['not JSON', 'hello, world', 'notJson'],
    ['cut short', json(valid()).slice(0, 200), 'notJson'],
    ['a JSON array', '[1,2,3]', 'otherApp'],
    ['JSON null', 'null', 'otherApp'],
    ['another app', json({ version: 1, notes: [{ title: 'x' }] }), 'otherApp'],
    ['another format name', json({ ...valid(), format: 'some-other-backup' }), 'otherApp'],
    ['a future version', json({ ...valid(), version: 2 }), 'futureVersion'],
    ['version as text', json({ ...valid(), version: '1' }), 'invalid'],
    ['no data', json({ ...valid(), data: undefined }), 'invalid'],
    ['data is a list', json({ ...valid(), data: [] }), 'invalid'],
    ['a table is not a list', json({ ...valid(), data: { feelings: {} } }), 'invalid'],
    ['intensity as text', withRow('feelings', { intensity: 'high' }), 'invalid'],
    ['intensity out of range', withRow('feelings', { intensity: 11 }), 'invalid'],
    ['unknown kind', withRow('feelings', { kind: 'alien' }), 'invalid'],
    ['words not a list', withRow('feelings', { words: 'hurt' }), 'invalid'],
    ['missing id', withRow('memories', { id: undefined }), 'invalid'],
    ['empty id', withRow('memories', { id: '' }), 'invalid'],
    ['date as text', withRow('memories', { date: '2024-01-01' }), 'invalid'],
    ['pinned as boolean', withRow('memories', { pinned: true }), 'invalid'],
    ['createdAt negative', withRow('steps', { createdAt: -5 }), 'invalid'],
    // Beyond what Date can show (8.64e15) or any sane year: pages would throw on every render.
    ['a moment dated past the year 2200', withRow('memories', { date: 8.7e15 }), 'invalid'],
    ['a moment dated before 1900', withRow('memories', { date: Date.UTC(1850, 0, 1) }), 'invalid'],
    ['a feeling created past Date range', withRow('feelings', { createdAt: 8.7e15 }), 'invalid'],
    ['a reflection created in 2500', withRow('reflections', { createdAt: Date.UTC(2500, 0, 1) }), 'invalid'],
    ['a thought updated past Date range', withRow('thoughts', { updatedAt: 8.7e15 }), 'invalid'],
    ['a rejection at past Date range', withRow('rejections', { at: 8.7e15 }), 'invalid'],
    ['a step done past Date range', withRow('steps', { doneAt: 8.7e15 }), 'invalid'],
    ['a moment shown past Date range', withRow('memories', { lastShownAt: 8.7e15 }), 'invalid'],
    ['exported past Date range', json({ ...valid(), exportedAt: 8.7e15 }), 'invalid'],
    ['unknown trap', withRow('thoughts', { traps: ['gloom'] }), 'invalid'],
    ['unknown source', withRow('rejections', { source: 'web' }), 'invalid'],
    ['duplicate id', withRow('steps', { id: makeRow.steps(0).id }), 'duplicate'],
    ['50 MB file', `{"format":"redirection-backup","pad":"${'x'.repeat(50 * 1024 * 1024)}"}`, 'tooBig'],
  ])('%s', async (_, text, code) => {
    const error = await importText(text).catch((e) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect(error.code).toBe(code);
    expect(sortById(await readAll())).toEqual(before);
  });

  it('says where a field is wrong, counting rows from 1', async () => {
    const error = await importText(withRow('feelings', { intensity: 'high' })).catch((e) => e);
    expect(error.where).toBe('feelings, row 2, intensity');
  });

  it.each([
    ['no passphrase', undefined, 'needPassphrase'],
    ['wrong passphrase', 'wrong', 'wrongPassphrase'],
  ])('encrypted file with %s', async (_, passphrase, code) => {
    const sealed = await encryptText(json(valid()), 'right');
    const error = await importText(json(sealed), passphrase).catch((e) => e);
    expect(error.code).toBe(code);
    expect(sortById(await readAll())).toEqual(before);
  });

  it.each([
    ['a changed byte in the ciphertext', (s: Record<string, string>) => flip(s, 'ciphertext')],
    ['a changed byte in the iv', (s: Record<string, string>) => flip(s, 'iv')],
    ['ciphertext that is not base64', (s: Record<string, string>) => ({ ...s, ciphertext: '***' })],
    [
      'too few iterations',
      (s: Record<string, unknown>) => ({ ...s, kdf: { ...(s.kdf as object), iterations: 1000 } }),
    ],
  ])('encrypted file with %s is damaged', async (_, mutate) => {
    const sealed = await encryptText(json(valid()), 'right');
    const error = await importText(json(mutate(sealed as never)), 'right').catch((e) => e);
    expect(error.code).toBe('damaged');
    expect(sortById(await readAll())).toEqual(before);
  });

  it.each([
    ['salt', (s: Record<string, string>) => flip(s, 'salt')],
    [
      'check',
      (s: Record<string, { iv: string; ciphertext: string }>) => ({
        ...s,
        check: flip(s.check as never, 'ciphertext'),
      }),
    ],
    ['digest', (s: Record<string, string>) => flip(s, 'digest')],
  ])('an encrypted file with a changed %s is damaged, not a wrong passphrase', async (_, mutate) => {
    const sealed = await encryptText(json(valid()), 'right');
    const error = await importText(json(mutate(sealed as never)), 'right').catch((e) => e);
    expect(error.code).toBe('damaged');
    expect(sortById(await readAll())).toEqual(before);
  });

  it('an older locked file (no digest) with a changed salt says wrong passphrase or changed file', async () => {
    const { digest: _, ...older } = await encryptText(json(valid()), 'right');
    for (const file of [flip(older as never, 'salt'), older]) {
      const error = await importText(json(file), file === older ? 'wrong' : 'right').catch((e) => e);
      expect(error.code).toBe('wrongOrChanged');
    }
    expect(sortById(await readAll())).toEqual(before);
  });

  it('an encrypted file that holds something else is damaged', async () => {
    const sealed = await encryptText(json({ hello: 'world' }), 'right');
    expect((await importText(json(sealed), 'right').catch((e) => e)).code).toBe('damaged');
  });

  it('refuses 300 generated mutations of a valid backup, leaving the database as it was', async () => {
    const random = seeded(42);
    const base = valid();
    expect(await parseBackup(json(base))).toBeTruthy();
    for (let n = 0; n < 300; n++) {
      const copy = structuredClone(base) as unknown as Record<string, unknown>;
      const leaves = paths(copy);
      const path = leaves[Math.floor(random() * leaves.length)] ?? [];
      const old = get(copy, path);
      const mutated = set(copy, path, wrongType(old, random));
      const error = await importText(json(mutated)).catch((e) => e);
      expect(error, `mutation at ${path.join('.')} → ${json(get(mutated, path))}`).toBeInstanceOf(
        ImportError,
      );
    }
    expect(sortById(await readAll())).toEqual(before);
  });
});

describe('more generated damage', () => {
  const OPTIONAL = new Set(['intensity', 'kind', 'note', 'beliefAfter', 'sourceKey', 'doneAt', 'settings']);

  it('refuses a backup cut short at any point, or missing any required field', async () => {
    await fill(makeData(2, 500));
    const before = sortById(await readAll());
    const random = seeded(7);
    const text = json(valid());
    for (let n = 0; n < 150; n++) {
      const cut = text.slice(0, Math.floor(random() * (text.length - 1)));
      const error = await importText(cut).catch((e) => e);
      expect(error, `cut at ${cut.length}`).toBeInstanceOf(ImportError);
    }
    const base = valid() as unknown as Record<string, unknown>;
    // Every object key except optional fields and the table names under "data" (a table may be absent).
    const required = paths(base).filter((p) => {
      const key = p.at(-1);
      return typeof key === 'string' && !OPTIONAL.has(key) && !(p.length === 2 && p[0] === 'data');
    });
    expect(required.length).toBeGreaterThan(100);
    for (const path of required) {
      const copy = structuredClone(base);
      const parent = get(copy, path.slice(0, -1)) as Record<string, unknown>;
      delete parent[path.at(-1) as string];
      const error = await importText(json(copy)).catch((e) => e);
      expect(error, `without ${path.join('.')}`).toBeInstanceOf(ImportError);
    }
    expect(sortById(await readAll())).toEqual(before);
  });
});

describe('merge', () => {
  it('adds new ids, takes newer edits, keeps what is newer here, deletes nothing', async () => {
    const here = makeData(3); // rows 0, 1, 2
    here.memories[2] = { ...here.memories[2], text: 'edited here later', updatedAt: 9e12 } as never;
    await fill(here);
    const file = makeData(3, 1); // rows 1, 2, 3
    file.memories[0] = { ...file.memories[0], text: 'edited in the other browser', updatedAt: 8e12 } as never;
    const plan = await previewImport(file);
    expect(plan.memories).toEqual({ added: 1, updated: 1, existing: 1 });
    expect(plan.feelings).toEqual({ added: 1, updated: 0, existing: 2 });
    // Preview writes nothing.
    expect(await db().memories.count()).toBe(3);
    expect(await applyImport(file)).toEqual(plan);
    const rows = await db().memories.orderBy('id').toArray();
    expect(rows.map((r) => r.text)).toEqual([
      here.memories[0]?.text,
      'edited in the other browser',
      'edited here later',
      file.memories[2]?.text,
    ]);
    for (const name of TABLE_NAMES) expect(await db().table(name).count()).toBe(4);
    // Importing the same file again changes nothing.
    const again = await applyImport(file);
    expect(again.memories).toEqual({ added: 0, updated: 0, existing: 3 });
  });

  it('keeps one rejection per email when two browsers recorded it under different ids', async () => {
    const mine = makeRow.rejections(1);
    await db().rejections.add(mine);
    const theirs = { ...mine, id: 'another-id' };
    const plan = await applyImport({ ...makeData(0), rejections: [theirs] });
    expect(plan.rejections).toEqual({ added: 0, updated: 0, existing: 1 });
    expect(await db().rejections.count()).toBe(1);
  });

  it('rolls back every table when one write fails', async () => {
    const file = makeData(2);
    // Two new rows sharing one email key: the unique index refuses the second.
    file.rejections = [{ ...makeRow.rejections(1) }, { ...makeRow.rejections(3), sourceKey: 'key-1' }];
    const plan = await previewImport(file);
    expect(plan.rejections.added).toBe(1);
    await applyImport(file);
    expect(await db().rejections.count()).toBe(1);
    expect(await db().feelings.count()).toBe(2);
  });
});

function flip<T extends Record<string, string>>(sealed: T, key: string): T {
  const bytes = Uint8Array.from(atob(sealed[key] ?? ''), (c) => c.charCodeAt(0));
  bytes[bytes.length >> 1] = (bytes[bytes.length >> 1] ?? 0) ^ 1;
  return { ...sealed, [key]: btoa(String.fromCharCode(...bytes)) };
}

function seeded(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1664525 + 1013904223) % 2 ** 32;
    return s / 2 ** 32;
  };
}

type Path = (string | number)[];
function paths(x: unknown, at: Path = []): Path[] {
  if (Array.isArray(x)) return [at, ...x.flatMap((v, i) => paths(v, [...at, i]))];
  if (x && typeof x === 'object') {
    return [...(at.length ? [at] : []), ...Object.entries(x).flatMap(([k, v]) => paths(v, [...at, k]))];
  }
  return [at];
}
function get(x: unknown, path: Path): unknown {
  return path.reduce<unknown>((o, k) => (o as Record<string | number, unknown>)?.[k], x);
}
function set(x: Record<string, unknown>, path: Path, value: unknown): Record<string, unknown> {
  const parent = get(x, path.slice(0, -1)) as Record<string | number, unknown>;
  parent[path.at(-1) as string | number] = value;
  return x;
}
/** A value of another JSON type than `old`: every field in a backup has exactly one type. */
function wrongType(old: unknown, random: () => number): unknown {
  const options: unknown[] = ['text', 7, true, null, { a: 1 }, [1, 'x']].filter(
    (o) =>
      typeof o !== typeof old || Array.isArray(o) !== Array.isArray(old) || (o === null) !== (old === null),
  );
  // Strings that are values of a list: a number is never a valid id, word, tag or label.
  return options[Math.floor(random() * options.length)];
}
