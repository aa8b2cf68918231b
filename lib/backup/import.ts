import * as v from 'valibot';
import { db } from '@/lib/db/db';
import { type Row, TABLE_NAMES, type TableName } from '@/lib/db/types';
import { parseSettings, type Settings } from '@/lib/settings';
import { DecryptError, decryptText, intact } from './crypto';
import { BACKUP_FORMAT, type BackupData, backupSchema, ENCRYPTED_FORMAT, encryptedSchema } from './schema';

/** Larger than ten years of daily use (about 15 MB), small enough to read safely in a page. */
export const MAX_BYTES = 32 * 1024 * 1024;

export const IMPORT_ERROR_CODES = [
  'tooBig',
  'empty',
  'notJson',
  'otherApp',
  'futureVersion',
  'invalid',
  'duplicate',
  'needPassphrase',
  'wrongPassphrase',
  'wrongOrChanged',
  'damaged',
] as const;
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

/** A file that can't be imported, with what is wrong in a form the page can say plainly. */
export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    /** Where in the file, e.g. "feelings, row 12, intensity". */
    readonly where = '',
  ) {
    super(where ? `${code}: ${where}` : code);
  }
}

export interface ParsedBackup {
  exportedAt: number;
  data: BackupData;
  /** Settings from the file, checked and merged over defaults; absent in older files. */
  settings?: Settings;
  encrypted: boolean;
}

/**
 * Reads and checks a whole backup file (plain or encrypted) without touching the database.
 * Throws ImportError for anything it can't vouch for.
 */
export async function parseBackup(text: string, passphrase?: string): Promise<ParsedBackup> {
  if (text.length > MAX_BYTES) throw new ImportError('tooBig');
  if (!text.trim()) throw new ImportError('empty');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new ImportError('notJson');
  }
  const head = checkHead(raw);
  if (head.format === ENCRYPTED_FORMAT) {
    const sealed = v.safeParse(encryptedSchema, raw);
    if (!sealed.success) throw new ImportError('damaged', where(sealed.issues));
    // Said before asking for a passphrase: no one should type it into a file that can't open.
    if (!(await intact(sealed.output))) throw new ImportError('damaged');
    if (!passphrase) throw new ImportError('needPassphrase');
    let inner: string;
    try {
      inner = await decryptText(sealed.output, passphrase);
    } catch (e) {
      if (e instanceof DecryptError) throw new ImportError(e.code);
      throw new ImportError('damaged');
    }
    let innerRaw: unknown;
    try {
      innerRaw = JSON.parse(inner);
    } catch {
      throw new ImportError('damaged');
    }
    const inside = (innerRaw as { format?: unknown } | null)?.format;
    if (inside !== BACKUP_FORMAT) throw new ImportError('damaged');
    return { ...checkPlain(innerRaw), encrypted: true };
  }
  return { ...checkPlain(raw), encrypted: false };
}

function checkHead(raw: unknown): { format: string } {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new ImportError('otherApp');
  const { format, version } = raw as { format?: unknown; version?: unknown };
  if (format !== BACKUP_FORMAT && format !== ENCRYPTED_FORMAT) throw new ImportError('otherApp');
  if (typeof version === 'number' && Number.isInteger(version) && version > 1) {
    throw new ImportError('futureVersion');
  }
  return { format };
}

function checkPlain(raw: unknown): Omit<ParsedBackup, 'encrypted'> {
  // valibot's object() lets an array through; a backup's data is never one.
  if (Array.isArray((raw as { data?: unknown }).data)) throw new ImportError('invalid', 'data');
  const parsed = v.safeParse(backupSchema, raw);
  if (!parsed.success) throw new ImportError('invalid', where(parsed.issues));
  const data = parsed.output.data as BackupData;
  for (const name of TABLE_NAMES) {
    const seen = new Set<string>();
    for (const [i, row] of (data[name] as Row[]).entries()) {
      if (seen.has(row.id)) throw new ImportError('duplicate', `${name}, row ${i + 1}`);
      seen.add(row.id);
    }
  }
  const settings = parsed.output.settings === undefined ? undefined : parseSettings(parsed.output.settings);
  return { exportedAt: parsed.output.exportedAt, data, settings };
}

/** "feelings, row 12, intensity" from valibot's issue path (rows counted from 1, as people do). */
function where(issues: readonly v.BaseIssue<unknown>[]): string {
  const path = issues[0]?.path ?? [];
  const parts: string[] = [];
  for (const item of path) {
    if (item.key === 'data') continue;
    parts.push(typeof item.key === 'number' ? `row ${item.key + 1}` : String(item.key));
  }
  return parts.join(', ');
}

export interface TableMerge {
  /** Rows not in this browser yet. */
  added: number;
  /** Rows here already, where the file has a newer edit. */
  updated: number;
  /** Rows here already, as new or newer than the file's. */
  existing: number;
}
export type MergePlan = Record<TableName, TableMerge>;

interface Planned {
  plan: MergePlan;
  writes: Record<TableName, Row[]>;
}

/** Decides, row by row, what a merge would do: new ids are added, newer edits win. */
async function plan(data: BackupData): Promise<Planned> {
  const d = db();
  const out = { plan: {}, writes: {} } as Planned;
  for (const name of TABLE_NAMES) {
    const rows = data[name] as Row[];
    // Keys first (one getAllKeys), then only the rows that overlap: a move into an empty
    // browser reads nothing else.
    const table = d.table<Row, string>(name);
    const keys = new Set(await table.toCollection().primaryKeys());
    const overlap = rows.filter((r) => keys.has(r.id));
    // Many overlapping rows (the same file imported twice): one getAll beats thousands of gets.
    const mine =
      overlap.length > 1000 ? await table.toArray() : await table.bulkGet(overlap.map((r) => r.id));
    const found = new Map(mine.flatMap((r) => (r ? [[r.id, r]] : [])));
    const here = rows.map((r) => found.get(r.id));
    const writes: Row[] = [];
    let updated = 0;
    let existing = 0;
    // A rejection is recorded once per email: another copy with a different id is skipped.
    const keyOwner = new Map<string, string>();
    if (name === 'rejections') {
      const keys = data.rejections.flatMap((r) => (r.sourceKey ? [r.sourceKey] : []));
      for (const r of await d.rejections.where('sourceKey').anyOf(keys).toArray()) {
        if (r.sourceKey) keyOwner.set(r.sourceKey, r.id);
      }
    }
    rows.forEach((row, i) => {
      const mine = here[i];
      const sourceKey = (row as { sourceKey?: string }).sourceKey;
      if (sourceKey !== undefined) {
        const owner = keyOwner.get(sourceKey);
        if (owner !== undefined && owner !== row.id) {
          existing++;
          return;
        }
        keyOwner.set(sourceKey, row.id);
      }
      if (!mine) writes.push(row);
      else if (row.updatedAt > mine.updatedAt) {
        writes.push(row);
        updated++;
      } else existing++;
    });
    out.plan[name] = { added: writes.length - updated, updated, existing };
    out.writes[name] = writes;
  }
  return out;
}

/** What an import would add and what is here already, without writing anything. */
export async function previewImport(data: BackupData): Promise<MergePlan> {
  const d = db();
  return d.transaction('r', d.tables, async () => (await plan(data)).plan);
}

/**
 * Merges by id in ONE transaction: either every row lands or none does. Rows already here stay
 * unless the file holds a newer edit of them; nothing here is ever deleted.
 */
export async function applyImport(data: BackupData): Promise<MergePlan> {
  const d = db();
  return d.transaction('rw', d.tables, async () => {
    const { plan: result, writes } = await plan(data);
    for (const name of TABLE_NAMES) {
      if (writes[name].length) await d.table(name).bulkPut(writes[name]);
    }
    return result;
  });
}

/**
 * Settings to use after an import: the file's, except features that need a permission in this
 * browser (reading webmail, job-board hosts). Those stay as they are here until the person
 * turns them on, which is when the browser asks.
 */
export function settingsAfterImport(here: Settings, fromFile: Settings): Settings {
  return { ...fromFile, emailNoticing: here.emailNoticing, jobBoardPrompt: here.jobBoardPrompt };
}
