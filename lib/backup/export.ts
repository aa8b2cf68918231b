import { db } from '@/lib/db/db';
import { TABLE_NAMES } from '@/lib/db/types';
import type { Settings } from '@/lib/settings';
import { encryptText } from './crypto';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupData } from './schema';

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: number;
  data: BackupData;
  settings?: Settings;
}

/** Everything in the database, read in one transaction so the copy is consistent. */
export async function readAll(): Promise<BackupData> {
  const d = db();
  return d.transaction('r', d.tables, async () => {
    const lists = await Promise.all(TABLE_NAMES.map((n) => d.table(n).toArray()));
    return Object.fromEntries(TABLE_NAMES.map((n, i) => [n, lists[i]])) as BackupData;
  });
}

export async function buildBackup(settings?: Settings, now = Date.now()): Promise<BackupFile> {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now,
    data: await readAll(),
    ...(settings ? { settings } : {}),
  };
}

export async function exportJson(settings?: Settings, now = Date.now()): Promise<string> {
  return JSON.stringify(await buildBackup(settings, now));
}

export async function exportEncrypted(
  passphrase: string,
  settings?: Settings,
  now = Date.now(),
): Promise<string> {
  return JSON.stringify(await encryptText(await exportJson(settings, now), passphrase));
}

/** A file name that sorts by date: redirection-backup-2026-11-27.json */
export function backupFileName(now: number, kind: 'json' | 'encrypted' | string): string {
  const d = new Date(now);
  const day = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  if (kind === 'json') return `redirection-backup-${day}.json`;
  if (kind === 'encrypted') return `redirection-backup-${day}.encrypted.json`;
  return `redirection-${kind}-${day}`;
}
