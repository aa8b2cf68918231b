import { MEMORY_KINDS, type MemoryKind, type TableName } from '@/lib/db/types';
import { keyFor, t } from '@/lib/i18n';

const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export const formatDay = (t: number) => dayFormat.format(t);
export const formatDateTime = (t: number) => dateTimeFormat.format(t);

export function memoryKindLabel(kind: MemoryKind): string {
  return t(keyFor('options_memoryKind', kind));
}
export const ALL_MEMORY_KINDS = MEMORY_KINDS;

/** yyyy-mm-dd of the local day, for <input type="date">. */
export function toDateInput(time: number): string {
  const d = new Date(time);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Local midnight of a yyyy-mm-dd value, or undefined when the field is empty or invalid. */
export function fromDateInput(value: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return undefined;
  const time = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])).getTime();
  return Number.isNaN(time) ? undefined : time;
}

export const formatNumber = (n: number) => n.toLocaleString();

/** "1 moment", "2,000 feelings": browser.i18n has no plurals, so one and many have their own keys. */
export function countLabel(table: TableName, n: number): string {
  return n === 1 ? t(keyFor('options_countOne', table)) : t(keyFor('options_count', table), formatNumber(n));
}

/** Saves text as a file through a temporary object URL: no network, no permission needed. */
export function download(name: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
