import { ImportError, MAX_BYTES } from '@/lib/backup/import';
import type { Counts } from '@/lib/db/records';
import { TABLE_NAMES } from '@/lib/db/types';
import { keyFor, type MessageKey, t } from '@/lib/i18n';
import { countLabel } from '../format';

export const tableLabel = (name: string) => t(keyFor('options_table', name));

/** "12 feelings, 3 moments…" for the counts that are not zero. */
export function describeCounts(counts: Partial<Counts>): string {
  return TABLE_NAMES.filter((n) => (counts[n] ?? 0) > 0)
    .map((n) => countLabel(n, counts[n] ?? 0))
    .join(', ');
}

export function importErrorMessage(e: unknown): string {
  if (e instanceof ImportError) {
    const text = t(`backup_error_${e.code}` as MessageKey, String(Math.round(MAX_BYTES / 1024 / 1024)));
    return e.where ? `${text} ${t('backup_errorWhere', e.where)}` : text;
  }
  return t('backup_error_unknown');
}
